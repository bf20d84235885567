import { Module } from '@nestjs/common';
import { AuditModule } from '@relais/server-audit';
import { NeighbourhoodsModule } from '@relais/server-neighbourhoods';
import { PeopleModule } from '@relais/server-people';
import { AddressReadsResolver } from './address-reads.resolver';
import { AddressReadsService } from './address-reads.service';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { DeskQueueResolver } from './desk-queue.resolver';
import { FeedbackService } from './feedback.service';
import { HelpRequestJobs } from './help-request-jobs';
import { HelpRequestMoves } from './help-request-moves';
import { HelpRequestMutationsResolver } from './help-request-mutations.resolver';
import { HelpRequestNotices } from './help-request-notices';
import { HelpRequestResolver } from './help-request.resolver';
import { HelpRequestSubscriptionsResolver } from './help-request-subscriptions.resolver';
import { HelpRequestTransitionsService } from './help-request-transitions.service';
import { HelpRequestsService } from './help-requests.service';

@Module({
  imports: [NeighbourhoodsModule, PeopleModule, AuditModule],
  providers: [
    HelpRequestsService,
    HelpRequestTransitionsService,
    HelpRequestNotices,
    HelpRequestMoves,
    HelpRequestJobs,
    FeedbackService,
    HelpRequestResolver,
    HelpRequestMutationsResolver,
    HelpRequestSubscriptionsResolver,
    DeskQueueResolver,
    AddressReadsService,
    AddressReadsResolver,
    AuditLogService,
    AuditLogResolver,
  ],
  exports: [HelpRequestsService, HelpRequestTransitionsService, HelpRequestNotices],
})
export class HelpRequestsModule {}
