import { GeocodeResolver } from './geocode.resolver';
import { MapSettingsResolver } from './map-settings.resolver';
import { NeighbourhoodFiguresResolver } from './neighbourhood-figures.resolver';

/** For the schema emitter, which builds the schema from resolver classes alone. */
export const MAPS_RESOLVERS = [MapSettingsResolver, GeocodeResolver, NeighbourhoodFiguresResolver];
