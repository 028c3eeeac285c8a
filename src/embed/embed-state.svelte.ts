/** The embed tool's state: whether the instance shows the compact embed layout. */
import { createContext } from 'svelte';

export class EmbedState {
  /** `embed=1`: minimal chrome for a box of any size. */
  compact = $state(false);
}

/** The embed tool's state, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getEmbedState, setEmbedState] = createContext<EmbedState>();
