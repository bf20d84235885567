export * from './neighbourhood.entity';
export * from './lat-lng.input';
export * from './create-neighbourhood.input';
export * from './neighbourhoods.service';
export * from './neighbourhoods.resolver';
export * from './neighbourhoods.module';
export * from './import-feature-collection';
