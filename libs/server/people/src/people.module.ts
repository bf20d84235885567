import { Module } from '@nestjs/common';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleResolver } from './people.resolver';
import { OrganiserScopesService } from './organiser-scopes.service';
import { PeopleService } from './people.service';
import { ViewerCache } from './viewer-cache';

@Module({
  imports: [NeighbourhoodsModule],
  providers: [PeopleService, OrganiserScopesService, ViewerCache, PeopleResolver],
  exports: [PeopleService, OrganiserScopesService, ViewerCache],
})
export class PeopleModule {}
