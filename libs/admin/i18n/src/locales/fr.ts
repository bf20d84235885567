import { frBase } from './fr-base';
import { frHelp } from './fr-help';
import { frVolunteering } from './fr-volunteering';
import { frQueue } from './fr-queue';
import { frPeople } from './fr-people';
import { frConsent } from './fr-consent';
import { frLeaders } from './fr-leaders';
import { frReads } from './fr-reads';
import { frPrivacy } from './fr-privacy';
import { frMyData } from './fr-mydata';
import { frRetention } from './fr-retention';
import { frErasure } from './fr-erasure';
import { frSignUp } from './fr-signup';
import { frCampaigns } from './fr-campaigns';
import { frIdeas } from './fr-ideas';
import { frWaysToHelp } from './fr-ways-to-help';
import { frDigest } from './fr-digest';
import { frDesk } from './fr-desk';
import { frMaps } from './fr-maps';
import { frScoringSettings } from './fr-scoring-settings';

// French is the reference: the other languages must have exactly these keys.
export const fr = {
  ...frBase,
  ...frHelp,
  ...frVolunteering,
  ...frQueue,
  ...frPeople,
  ...frLeaders,
  ...frReads,
  ...frConsent,
  ...frPrivacy,
  ...frMyData,
  ...frRetention,
  ...frErasure,
  ...frSignUp,
  ...frCampaigns,
  ...frIdeas,
  ...frWaysToHelp,
  ...frDigest,
  ...frDesk,
  ...frMaps,
  ...frScoringSettings,
};
