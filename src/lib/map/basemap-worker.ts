/**
 * `pmtiles://` for MapLibre's worker (installed by `map-worker.ts`, after MapLibre's own worker code,
 * which defines `self.addProtocol`): a basemap tile goes from the network to the tile parser without a
 * round trip through the main thread (MapLibre sends a request for a protocol registered only on the
 * page back to the page, which may be busy drawing). The page registers `pmtiles://` only for the
 * site tiles' TileJSON (`SiteTiles.svelte`).
 */
import { PMTiles, Protocol } from 'pmtiles';
import { BASEMAP_ARCHIVE } from './base-style.ts';
import { OfflineArchiveSource } from './basemap-archive.ts';

/** `pmtiles://<archive URL>/z/x/y` → the archive URL. */
const ARCHIVE_OF = /^pmtiles:\/\/(.+)\/\d+\/\d+\/\d+$/;

/**
 * The protocol's tile function: archives are read over HTTP Range requests; the offline basemap's
 * through {@link OfflineArchiveSource}, as on the page, so its failures name the file.
 */
export function workerPmtilesProtocol(): Protocol['tile'] {
  const protocol = new Protocol({ metadata: false });
  return (params, abort) => {
    const archive = ARCHIVE_OF.exec(params.url)?.[1];
    if (archive?.endsWith(`/${BASEMAP_ARCHIVE}`) && !protocol.get(archive)) protocol.add(new PMTiles(new OfflineArchiveSource(archive)));
    return protocol.tile(params, abort);
  };
}
