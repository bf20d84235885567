export { CampaignRoute as Page } from '../campaigns-routes';
