export { NewCampaignRoute as Page } from '../campaigns-routes';
