export { PrivacyPage as Page } from '@relais/admin-feature-privacy';
