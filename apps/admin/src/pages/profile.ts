export { ProfilePage as Page } from '@relais/admin-feature-volunteering';
