export { AuditLogPage as Page } from '@relais/admin-feature-people';
