/**
 * Runs inside MapLibre's worker, not on the page (bundled into `map-worker.ts`, after MapLibre's own
 * worker code, which defines `self.addProtocol`). It registers `pmtiles://` in the worker itself, so a basemap tile goes
 * from the network to the tile parser without a round trip through the main thread (MapLibre sends
 * a request for a protocol registered only on the page back to the page, which may be busy drawing).
 * The page keeps its own registration: MapLibre reads an archive's TileJSON (the site tiles) there.
 */
import { PMTiles, Protocol } from 'pmtiles';
import { BASEMAP_ARCHIVE, OfflineArchiveSource } from './base-style.ts';
import { PMTILES_SCHEME } from '../tiles/pmtiles-protocol.ts';

/** What MapLibre's worker scope offers an imported module (`self.addProtocol` in maplibre-gl 6). */
interface MapLibreWorkerScope {
  addProtocol?: (name: string, action: Protocol['tile']) => void;
}

const scope = globalThis as unknown as MapLibreWorkerScope;
const protocol = new Protocol({ metadata: false });
/** `pmtiles://<archive URL>/z/x/y` → the archive URL. */
const ARCHIVE_OF = /^pmtiles:\/\/(.+)\/\d+\/\d+\/\d+$/;

if (scope.addProtocol) {
  scope.addProtocol(PMTILES_SCHEME, (params, abort) => {
    const archive = ARCHIVE_OF.exec(params.url)?.[1];
    // The basemap reads through the same source as on the page: its failures name the file.
    if (archive && archive.endsWith(`/${BASEMAP_ARCHIVE}`) && !protocol.get(archive)) protocol.add(new PMTiles(new OfflineArchiveSource(archive)));
    return protocol.tile(params, abort);
  });
}
