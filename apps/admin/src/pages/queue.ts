export { QueueRoute as Page } from '../queue-route';
