import { Foundation1763900000000 } from './1763900000000-foundation';
import { HelpRequests1764100000000 } from './1764100000000-help-requests';
import { Leaders1764300000000 } from './1764300000000-leaders';
import { LeaderScoreColumns1764500000000 } from './1764500000000-leader-score-columns';
import { VolunteerChanges1764700000000 } from './1764700000000-volunteer-changes';
import { TrustEdgeChanges1764900000000 } from './1764900000000-trust-edge-changes';
import { OutboxRetries1765100000000 } from './1765100000000-outbox-retries';
import { AttemptLimits1765200000000 } from './1765200000000-attempt-limits';
import { LeaderGiverStanding1765300000000 } from './1765300000000-leader-giver-standing';
import { AuditActorPseudonym1765500000000 } from './1765500000000-audit-actor-pseudonym';
import { CoarsePosition1765600000000 } from './1765600000000-coarse-position';
import { ConsentLedger1765700000000 } from './1765700000000-consent-ledger';
import { AuditLogReading1765800000000 } from './1765800000000-audit-log-reading';
import { OutboxRecipientIndex1765900000000 } from './1765900000000-outbox-recipient-index';
import { RetentionTimes1766000000000 } from './1766000000000-retention-times';
import { Erasure1766100000000 } from './1766100000000-erasure';
import { RoleGrantedConsent1766200000000 } from './1766200000000-role-granted-consent';
import { Campaigns1766400000000 } from './1766400000000-campaigns';
import { MailHeaders1766500000000 } from './1766500000000-mail-headers';
import { WaysToHelp1766600000000 } from './1766600000000-ways-to-help';
import { Ideas1766300000000 } from './1766300000000-ideas';
import { WeeklyDigest1766700000000 } from './1766700000000-weekly-digest';
import { IdeaComments1766800000000 } from './1766800000000-idea-comments';
import { IdeaShares1766900000000 } from './1766900000000-idea-shares';
import { QuartierFrenchNames1767147000000 } from './1767147000000-quartier-french-names';
import { ActiveVolunteersIndex1767148000000 } from './1767148000000-active-volunteers-index';

/** Every migration, oldest first; a new one is appended here. */
export const MIGRATIONS = [Foundation1763900000000, HelpRequests1764100000000, Leaders1764300000000, LeaderScoreColumns1764500000000, VolunteerChanges1764700000000, TrustEdgeChanges1764900000000, OutboxRetries1765100000000, AttemptLimits1765200000000, LeaderGiverStanding1765300000000, AuditActorPseudonym1765500000000, CoarsePosition1765600000000, ConsentLedger1765700000000, AuditLogReading1765800000000, OutboxRecipientIndex1765900000000, RetentionTimes1766000000000, Erasure1766100000000, RoleGrantedConsent1766200000000, Ideas1766300000000, Campaigns1766400000000, MailHeaders1766500000000, WaysToHelp1766600000000, WeeklyDigest1766700000000, IdeaComments1766800000000, IdeaShares1766900000000, QuartierFrenchNames1767147000000, ActiveVolunteersIndex1767148000000];
