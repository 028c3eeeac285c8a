/**
 * MapLibre options every map of the atlas is created with (the bench's bare pages use them too, so
 * they measure the same drawing).
 * - `fadeDuration: 0`: labels appear at once instead of fading in over 300 ms, during which MapLibre
 *   redraws every frame; on a software-rendered canvas each of those frames costs tens of ms, and the
 *   map is not idle until they end.
 */
import type { MapOptions } from 'maplibre-gl';

export const MAP_OPTIONS = { fadeDuration: 0 } satisfies Partial<MapOptions>;
