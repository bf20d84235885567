export * from './geo-map';
export * from './map-shapes';
export * from './map-data-table';
export * from './address-search';
