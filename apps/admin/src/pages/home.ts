export { HomeRoute as Page } from '../home-route';
