export { RelaysPage as Page } from '@relais/admin-feature-campaigns';
