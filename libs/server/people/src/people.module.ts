import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleResolver } from './people.resolver';
import { OrganiserScopesService } from './organiser-scopes.service';
import { PeopleService } from './people.service';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';
import { ViewerCache } from './viewer-cache';

@Module({
  imports: [AuditModule, NeighbourhoodsModule],
  providers: [PeopleService, ConsentsService, OrganiserScopesService, ViewerCache, PeopleResolver, ConsentsResolver],
  exports: [PeopleService, ConsentsService, OrganiserScopesService, ViewerCache],
})
export class PeopleModule {}
