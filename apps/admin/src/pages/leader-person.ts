export { LeaderPersonRoute as Page } from '../leaders-routes';
