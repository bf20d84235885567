export * from './outreach.module';
export * from './ideas/idea.type';
export * from './ideas/ideas.service';
export * from './campaigns/campaign.types';
export * from './campaigns/campaigns.service';
export * from './ways-to-help/way-to-help.types';
export * from './ways-to-help/ways-to-help.service';
