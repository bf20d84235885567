export * from './maps.module';
export * from './map-settings.type';
export * from './geocode.types';
export * from './geocoder.service';
export * from './geocoder-answers';
export * from './neighbourhood-figures.type';
export * from './neighbourhood-figures.service';
export * from './maps-resolvers';
