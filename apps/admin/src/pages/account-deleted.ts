export { AccountDeletedPage as Page } from '@relais/admin-feature-privacy';
