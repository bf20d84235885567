import { AuthResolver } from '@relais/server-auth';
import {
  AddressReadsResolver,
  AuditLogResolver,
  DeskQueueResolver,
  HelpRequestMutationsResolver,
  HelpRequestResolver,
  HelpRequestSubscriptionsResolver,
} from '@relais/server-help-requests';
import { LiveFeedResolver, MatchWeightsResolver, MatchingResolver, ProposedAssignmentResolver } from '@relais/server-matching';
import { LEADER_RESOLVERS } from '@relais/server-leaders';
import { FailedMailResolver } from '@relais/server-messaging';
import { NeighbourhoodsResolver } from '@relais/server-neighbourhoods';
import { ConsentsResolver, PeopleResolver } from '@relais/server-people';
import { MAPS_RESOLVERS } from '@relais/server-maps';
import { OUTREACH_RESOLVERS } from '@relais/server-outreach';
import { PRIVACY_RESOLVERS } from '@relais/server-privacy';

/** Every resolver class; the schema test checks this list against the running app's schema. */
export const RESOLVERS = [AuthResolver, NeighbourhoodsResolver, PeopleResolver, HelpRequestResolver, HelpRequestMutationsResolver,
  MatchingResolver,
  ProposedAssignmentResolver,
  MatchWeightsResolver,
  HelpRequestSubscriptionsResolver,
  DeskQueueResolver,
  LiveFeedResolver,
  ...LEADER_RESOLVERS,
  FailedMailResolver,
  ConsentsResolver,
  AddressReadsResolver,
  AuditLogResolver,
  ...PRIVACY_RESOLVERS,
  ...OUTREACH_RESOLVERS,
  ...MAPS_RESOLVERS,
];
