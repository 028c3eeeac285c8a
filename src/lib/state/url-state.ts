/**
 * The map view in the URL hash, in MapLibre's `#zoom/lat/lng` form (query parameters are defined by
 * their owners, see `src/lib/url/`). Parsing never throws: a malformed view is dropped with a warning.
 */
import type { Parsed } from '../url/url-param.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** Reads `#zoom/lat/lng` (MapLibre's hash convention); null when absent or malformed. */
export function parseHash(hash: string): Parsed<MapView | null> {
  const body = hash.replace(/^#/, '');
  if (!body) return { value: null, warnings: [] };
  const parts = body.split('/').map(Number);
  const [zoom, lat, lng] = parts;
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n)) || zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180)
    return { value: null, warnings: [`ignored map view #${body} (expected #zoom/lat/lng)`] };
  return { value: { zoom, lat, lng }, warnings: [] };
}

/** Writes `#zoom/lat/lng` with the precision MapLibre uses for its own hash. */
export function formatHash(view: MapView): string {
  const precision = Math.max(0, Math.ceil(Math.log(view.zoom) / Math.LN2));
  const m = Math.pow(10, precision);
  const round = (v: number) => Math.round(v * m) / m;
  return `#${Math.round(view.zoom * 100) / 100}/${round(view.lat)}/${round(view.lng)}`;
}
