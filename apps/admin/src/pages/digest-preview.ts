export { DigestPreviewRoute as Page } from '../people-route';
