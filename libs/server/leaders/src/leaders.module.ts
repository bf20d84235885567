import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { SettingsModule } from '@relais/server-settings';
import { AmbassadorsService } from './ambassadors.service';
import { AmbassadorResolver, LeaderScoreResolver, NeighbourhoodLeadersResolver, PersonAmbassadorResolver } from './leader-fields.resolver';
import { LeaderGraphMirror } from './leader-graph.mirror';
import { LeaderGraphReader } from './leader-graph.reader';
import { LeaderJobs } from './leader-jobs';
import { LeaderRankingsService } from './leader-rankings.service';
import { LeaderScoresService } from './leader-scores.service';
import { LeaderPreviewRowResolver, LeaderSettingsPreviewResolver } from './leader-settings-preview.resolver';
import { LeaderSettingsResolver } from './leader-settings.resolver';
import { LeaderSettingsService } from './leader-settings.service';
import { LeadersResolver } from './leaders.resolver';
import { MyDataExportService } from './my-data-export.service';
import { MyDataResolver } from './my-data.resolver';

/** The leaders' part of the schema: provided here, and listed where the schema is emitted. */
export const LEADER_RESOLVERS = [
  LeadersResolver,
  LeaderSettingsResolver,
  LeaderSettingsPreviewResolver,
  LeaderPreviewRowResolver,
  LeaderScoreResolver,
  NeighbourhoodLeadersResolver,
  AmbassadorResolver,
  PersonAmbassadorResolver,
  MyDataResolver,
];

@Module({
  imports: [AuditModule, NeighbourhoodsModule, PeopleModule, SettingsModule],
  providers: [LeaderGraphReader, LeaderGraphMirror, LeaderSettingsService, LeaderScoresService, LeaderRankingsService, AmbassadorsService, LeaderJobs, MyDataExportService, ...LEADER_RESOLVERS],
  exports: [LeaderScoresService, LeaderGraphMirror, AmbassadorsService],
})
export class LeadersModule {}
