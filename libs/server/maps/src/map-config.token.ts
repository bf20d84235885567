/** The MapConfig the module was created with (MAP_STYLE_URL, GEOCODER). */
export const MAP_CONFIG = Symbol('MAP_CONFIG');
