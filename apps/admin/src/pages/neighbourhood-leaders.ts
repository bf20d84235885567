export { NeighbourhoodLeadersRoute as Page } from '../leaders-routes';
