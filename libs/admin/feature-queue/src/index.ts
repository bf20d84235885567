export * from './queue-page';
export * from './help-request-page';
export type { NeighbourhoodOption } from './use-neighbourhood-choice';
