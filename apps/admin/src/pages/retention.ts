export { RetentionSettingsPage as Page } from '@relais/admin-feature-privacy';
