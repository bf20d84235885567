import { Module } from '@nestjs/common';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleResolver } from './people.resolver';
import { OrganiserScopesService } from './organiser-scopes.service';
import { PeopleService } from './people.service';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';
import { ViewerCache } from './viewer-cache';

@Module({
  imports: [NeighbourhoodsModule],
  providers: [PeopleService, ConsentsService, OrganiserScopesService, ViewerCache, PeopleResolver, ConsentsResolver],
  exports: [PeopleService, ConsentsService, OrganiserScopesService, ViewerCache],
})
export class PeopleModule {}
