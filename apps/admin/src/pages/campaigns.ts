export { CampaignsRoute as Page } from '../campaigns-routes';
