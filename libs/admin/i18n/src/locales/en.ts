import { enBase } from './en-base';
import { enHelp } from './en-help';
import { enVolunteering } from './en-volunteering';
import { enQueue } from './en-queue';
import { enPeople } from './en-people';
import { enConsent } from './en-consent';
import { enLeaders } from './en-leaders';
import { enReads } from './en-reads';
import { enPrivacy } from './en-privacy';
import { enMyData } from './en-mydata';
import { enRetention } from './en-retention';
import { enErasure } from './en-erasure';
import { enSignUp } from './en-signup';
import { enCampaigns } from './en-campaigns';
import { enIdeas } from './en-ideas';
import { enWaysToHelp } from './en-ways-to-help';
import { enDigest } from './en-digest';
import { enDesk } from './en-desk';
import { enMaps } from './en-maps';
import { enScoringSettings } from './en-scoring-settings';
import type { Translations } from './translations';

export const en: Translations = {
  ...enBase,
  ...enHelp,
  ...enVolunteering,
  ...enQueue,
  ...enPeople,
  ...enLeaders,
  ...enReads,
  ...enConsent,
  ...enPrivacy,
  ...enMyData,
  ...enRetention,
  ...enErasure,
  ...enSignUp,
  ...enCampaigns,
  ...enIdeas,
  ...enWaysToHelp,
  ...enDigest,
  ...enDesk,
  ...enMaps,
  ...enScoringSettings,
};
