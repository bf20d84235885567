export { IdeasPage as Page } from '@relais/admin-feature-ideas';
