export * from './outreach.module';
export * from './ideas/idea.type';
export * from './ideas/ideas.service';
export * from './campaigns/campaign.types';
export * from './campaigns/campaigns.service';
