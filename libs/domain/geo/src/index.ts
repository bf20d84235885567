export * from './geojson-geometry';
export * from './validate-geometry';
export * from './boundary-size';
export * from './segment-intersection';
export * from './h3-cells';
export * from './interior-point';
export * from './distance';
export * from './reach-box';
