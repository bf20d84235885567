export { LeadersOverviewPage as Page } from '@relais/admin-feature-leaders';
