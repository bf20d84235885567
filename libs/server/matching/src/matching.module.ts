import { Module } from '@nestjs/common';
import { HelpRequestsModule } from '@relais/server-help-requests';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { SettingsModule } from '@relais/server-settings';
import { LiveFeedResolver } from './live-feed.resolver';
import { MatchWeightsResolver } from './match-weights.resolver';
import { MatchWeightsPreviewService } from './match-weights-preview.service';
import { MatchWeightsService } from './match-weights.service';
import { MatchingResolver, ProposedAssignmentResolver } from './matching.resolver';
import { MatchingJobs } from './matching-jobs';
import { MatchingService } from './matching.service';
import { VolunteerMirror } from './volunteer-mirror';

@Module({
  imports: [HelpRequestsModule, NeighbourhoodsModule, PeopleModule, SettingsModule],
  providers: [MatchingService, VolunteerMirror, MatchingJobs, MatchWeightsService, MatchWeightsPreviewService, MatchingResolver, ProposedAssignmentResolver, MatchWeightsResolver, LiveFeedResolver],
  exports: [MatchingService, MatchWeightsService],
})
export class MatchingModule {}
