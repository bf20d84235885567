export { MyRequestsPage as Page } from '@relais/admin-feature-help-requests';
