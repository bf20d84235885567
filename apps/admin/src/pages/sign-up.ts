export { SignUpPage as Page } from '@relais/admin-feature-auth';
