export { MyDataPage as Page } from '@relais/admin-feature-privacy';
