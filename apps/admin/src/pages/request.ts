export { RequestRoute as Page } from '../request-route';
