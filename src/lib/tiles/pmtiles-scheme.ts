/** The URL scheme MapLibre reads PMTiles archives through (`pmtiles://<archive URL>/…`). Its own module:
 *  naming the scheme must not load the PMTiles reader. */
export const PMTILES_SCHEME = 'pmtiles';
