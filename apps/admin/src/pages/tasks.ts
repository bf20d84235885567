export { TasksPage as Page } from '@relais/admin-feature-volunteering';
