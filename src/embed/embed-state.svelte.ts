/** The embed tool's state: whether the instance shows the compact embed layout, and the allowed origins. */
import { createContext } from 'svelte';

export class EmbedState {
  /** `embed=1`: minimal chrome for a box of any size. */
  compact = $state(false);
  /** `origins=`: pages allowed to drive the atlas by postMessage (read by the bridge at start). */
  origins = $state.raw<string[]>([]);
}

/** The embed tool's state, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getEmbedState, setEmbedState] = createContext<EmbedState>();
