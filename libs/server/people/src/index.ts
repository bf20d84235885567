export * from './person.entity';
export * from './volunteer-profile.entity';
export * from './organiser-scope.entity';
export * from './volunteer-profile.input';
export * from './person-page.type';
export * from './people.service';
export * from './people.resolver';
export * from './people.module';
