/**
 * Cuts the offline basemap's GeoJSON layers into vector tiles (geojson-vt, as MapLibre itself does for
 * GeoJSON sources; encoded by @maplibre/vt-pbf) and writes them as one PMTiles archive with the
 * project's writer. Done once at build time, so the browser's worker only decodes the few tiles in
 * view instead of the main thread decoding TopoJSON and the worker re-tiling it at every zoom.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { Compression, concatBytes, PmtilesWriter, ROOT_FETCH_BYTES, TileType } from '../../src/lib/tiles/pmtiles-writer.ts';

/** Source layers of the archive, bottom to top. */
export const BASEMAP_TILE_LAYERS = ['land', 'provinces', 'province-lines', 'claim-lines', 'rivers', 'lakes', 'labels'] as const;
export type BasemapTileLayer = (typeof BASEMAP_TILE_LAYERS)[number];

export interface TileBasemapOptions {
  /** [west, south, east, north]: the tiles cover it and nothing beyond. */
  bounds: [number, number, number, number];
  /** Highest zoom cut; MapLibre over-zooms the last level beyond it. */
  maxZoom: number;
  /** Human-readable attribution, written to the archive's metadata. */
  attribution: string;
  /** The first view, whose bytes are counted in {@link TiledBasemap.firstViewBytes}. */
  firstView: { bounds: [number, number, number, number]; zoom: number };
}

export interface TiledBasemap {
  bytes: Uint8Array;
  tiles: number;
  /** Stored (gzip) bytes of the tiles per zoom. */
  bytesByZoom: number[];
  /**
   * Bytes a browser reads to draw the first view: the first 16 KiB (header and root directory, one
   * request) plus the tiles of `firstView` (HTTP Range requests).
   */
  firstViewBytes: number;
}

const EXTENT = 4096;

/** Tile column/row of a lon/lat at zoom z (Web Mercator), clamped to the grid. */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const s = Math.sin((lat * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  return [clamp(x), clamp(y)];
}

/**
 * Tiles every layer at zooms 0–maxZoom over `bounds`. Points (labels) get no tile buffer, so each lies
 * in exactly one tile (a label is never placed twice); lines and polygons keep geojson-vt's 64-unit buffer.
 */
export function tileBasemap(layers: Record<BasemapTileLayer, FeatureCollection>, options: TileBasemapOptions): TiledBasemap {
  const indexes = BASEMAP_TILE_LAYERS.map(
    (name) =>
      [
        name,
        new GeoJSONVT(layers[name], { maxZoom: options.maxZoom, indexMaxZoom: options.maxZoom, indexMaxPoints: 0, extent: EXTENT, buffer: name === 'labels' ? 0 : 64, tolerance: 3 }),
      ] as const,
  );
  const writer = new PmtilesWriter({ tileType: TileType.Mvt, tileCompression: Compression.Gzip, internalCompression: Compression.Gzip, gzipLevel: 9 });
  const [west, south, east, north] = options.bounds;
  const bytesByZoom: number[] = [];
  let tiles = 0;
  let firstViewBytes = ROOT_FETCH_BYTES;
  const [fx0, fy0] = tileOf(options.firstView.bounds[0], options.firstView.bounds[3], options.firstView.zoom);
  const [fx1, fy1] = tileOf(options.firstView.bounds[2], options.firstView.bounds[1], options.firstView.zoom);
  const inFirstView = (z: number, x: number, y: number) => z === options.firstView.zoom && x >= fx0 && x <= fx1 && y >= fy0 && y <= fy1;
  for (let z = 0; z <= options.maxZoom; z++) {
    const [x0, y0] = tileOf(west, north, z);
    const [x1, y1] = tileOf(east, south, z);
    bytesByZoom[z] = 0;
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const found: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length) found[name] = tile;
        }
        if (Object.keys(found).length === 0) continue; // open sea: the background shows
        const stored = writer.addTile(z, x, y, fromGeojsonVt(found, { version: 2, extent: EXTENT })).length;
        bytesByZoom[z] += stored;
        if (inFirstView(z, x, y)) firstViewBytes += stored;
        tiles += 1;
      }
  }
  const archive = writer.finish({
    metadata: {
      name: 'MedPark Atlas offline basemap',
      attribution: options.attribution,
      vector_layers: BASEMAP_TILE_LAYERS.map((id) => ({ id, minzoom: 0, maxzoom: options.maxZoom, fields: fieldsOf(layers[id]) })),
    },
    bounds: options.bounds,
    minZoom: 0,
    maxZoom: options.maxZoom,
  });
  return { bytes: concatBytes(archive.chunks), tiles, bytesByZoom, firstViewBytes };
}

function fieldsOf(fc: FeatureCollection): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fc.features) for (const [k, v] of Object.entries(f.properties ?? {})) out[k] = typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
  return out;
}
