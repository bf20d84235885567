export { IdeaPage as Page } from '@relais/admin-feature-ideas';
