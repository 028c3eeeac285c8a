/**
 * The one typed loader of the app's data (`atlas.json`, written by `npm run data:build`).
 * Static servers answer a missing file with index.html and status 200, so the content type and the
 * shape are checked, and every failure becomes a message a person can act on.
 */
import type { AtlasData } from './types.ts';

export class DataLoadError extends Error {
  override name = 'DataLoadError';
}

/**
 * Fetches and checks the atlas data.
 * @param url where atlas.json is served
 * @throws DataLoadError with a readable message
 */
export async function loadAtlas(url: string, fetchFn: typeof fetch = fetch): Promise<AtlasData> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new DataLoadError(`Could not reach the map data at ${url} (${(error as Error).message}).`);
  }
  if (!response.ok) throw new DataLoadError(`The map data at ${url} answered ${response.status} ${response.statusText}.`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json'))
    throw new DataLoadError(
      `The map data at ${url} is missing: the server sent ${type.split(';')[0] || 'an unknown type'} instead of JSON. Run "npm run data:build".`,
    );
  let value: unknown;
  try {
    value = await response.json();
  } catch (error) {
    throw new DataLoadError(`The map data at ${url} is not valid JSON (${(error as Error).message}).`);
  }
  const atlas = checkAtlasShape(value, url);
  // A tile archive is named relative to the atlas file; MapLibre needs it absolute.
  if (atlas.tiles && typeof document !== 'undefined') atlas.tiles.url = new URL(atlas.tiles.url, new URL(url, document.baseURI)).href;
  return atlas;
}

function checkAtlasShape(value: unknown, url: string): AtlasData {
  const v = value as Partial<AtlasData> | null;
  if (!v || typeof v !== 'object' || v.version !== 1)
    throw new DataLoadError(`The map data at ${url} has an unknown format (expected version 1).`);
  if (!Array.isArray(v.places) || !Array.isArray(v.taxonomy) || !v.map?.points || !v.map?.footprints)
    throw new DataLoadError(`The map data at ${url} is incomplete (places, taxonomy or map layers missing).`);
  return v as AtlasData;
}
