export { LeaderSettingsPage as Page } from '@relais/admin-feature-scoring-settings';
