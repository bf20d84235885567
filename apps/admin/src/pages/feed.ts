export { FeedPage as Page } from '@relais/admin-feature-volunteering';
