import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { IdeasResolver } from './ideas/ideas.resolver';
import { IdeasService } from './ideas/ideas.service';

/** The outreach part of the schema: provided here, and listed where the schema is emitted. */
export const OUTREACH_RESOLVERS = [IdeasResolver];

/** What ambassadors and neighbours do for the organisation: campaigns they relay, the idea board. */
@Module({
  imports: [AuditModule, NeighbourhoodsModule, PeopleModule],
  providers: [IdeasService, ...OUTREACH_RESOLVERS],
  exports: [IdeasService],
})
export class OutreachModule {}
