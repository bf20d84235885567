import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { SettingsModule } from '@relais/server-settings';
import { CampaignAmbassadorReportResolver, CampaignsResolver, RelayTasksResolver } from './campaigns/campaigns.resolver';
import { CampaignsService } from './campaigns/campaigns.service';
import { RelayLinkController } from './campaigns/relay-link.controller';
import { WaysToHelpResolver } from './ways-to-help/ways-to-help.resolver';
import { WaysToHelpService } from './ways-to-help/ways-to-help.service';
import { IdeaCommentsFieldResolver, IdeaCommentsResolver } from './ideas/idea-comments.resolver';
import { IdeaCommentsService } from './ideas/idea-comments.service';
import { IdeaShareLinkController } from './ideas/idea-share-link.controller';
import { IdeaSharesService } from './ideas/idea-shares.service';
import { IdeasResolver } from './ideas/ideas.resolver';
import { IdeasService } from './ideas/ideas.service';
import { DigestJobs } from './digest/digest-jobs';
import { DigestSettingsService } from './digest/digest-settings.service';
import { DigestResolver } from './digest/digest.resolver';
import { DigestService } from './digest/digest.service';

/** The outreach part of the schema: provided here, and listed where the schema is emitted. */
export const OUTREACH_RESOLVERS = [IdeasResolver, IdeaCommentsResolver, IdeaCommentsFieldResolver, CampaignsResolver, RelayTasksResolver, CampaignAmbassadorReportResolver, WaysToHelpResolver, DigestResolver];

/** What ambassadors and neighbours do for the organisation: campaigns they relay, the idea board. */
@Module({
  imports: [AuditModule, NeighbourhoodsModule, PeopleModule, SettingsModule],
  controllers: [RelayLinkController, IdeaShareLinkController],
  providers: [IdeasService, IdeaCommentsService, IdeaSharesService, CampaignsService, WaysToHelpService, DigestService, DigestSettingsService, DigestJobs, ...OUTREACH_RESOLVERS],
  exports: [IdeasService, IdeaCommentsService, CampaignsService, WaysToHelpService, DigestService],
})
export class OutreachModule {}
