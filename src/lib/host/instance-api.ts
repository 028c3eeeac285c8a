/** What an atlas instance exposes to whoever drives it: tests, the bench, and (later) the embed bridge. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasState } from '../state/atlas-state.svelte.ts';

export interface AtlasInstanceApi {
  /** The instance's map (null until created). */
  readonly map: MapLibreMap | null;
  readonly state: AtlasState;
  /** `performance.now()` at the first idle of the map with its places, 0 before. */
  readonly idleAt: number;
  /** Runs pending Svelte updates now (tests and the bench measure effects synchronously). */
  flush(): void;
}
