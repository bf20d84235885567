export { MatchWeightsSettingsPage as Page } from '@relais/admin-feature-scoring-settings';
