export { OutreachSettingsPage as Page } from '@relais/admin-feature-digest';
