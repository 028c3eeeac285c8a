/**
 * The `pmtiles://` protocol on the page, registered once per MapLibre module: MapLibre reads a site
 * archive's TileJSON there (`pmtiles-source.ts`, loaded only for data sets with tiles). Tiles are read
 * in the worker (`map/map-worker.ts`).
 */
import { Protocol } from 'pmtiles';
import { PMTILES_SCHEME } from './pmtiles-scheme.ts';

export { PMTILES_SCHEME };

/** The part of the `maplibre-gl` module this needs (pass the module itself). */
export interface ProtocolHost {
  addProtocol(name: string, action: Protocol['tile']): void;
}

// Keyed by the module's addProtocol function: `import * as maplibregl` and a default import of the
// same module are different objects but one registry.
const registered = new WeakMap<object, Protocol>();

/**
 * Registers `pmtiles://` once per MapLibre module (later calls return the same Protocol), so
 * sources may use `url: 'pmtiles://https://…/sites.pmtiles'`.
 * @param options.metadata also read the archive's JSON metadata (one more request; gives attribution)
 */
export function registerPmtilesProtocol(maplibregl: ProtocolHost, options: { metadata?: boolean } = {}): Protocol {
  let protocol = registered.get(maplibregl.addProtocol);
  if (!protocol) {
    protocol = new Protocol({ metadata: options.metadata ?? false });
    maplibregl.addProtocol(PMTILES_SCHEME, protocol.tile);
    registered.set(maplibregl.addProtocol, protocol);
  }
  return protocol;
}
