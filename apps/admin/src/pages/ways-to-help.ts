export { WaysToHelpRoute as Page } from '../ways-to-help-route';
