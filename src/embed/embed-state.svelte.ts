/** The embed tool's state: whether the instance shows the compact embed layout, and the allowed origins. */
import { getContext, setContext } from 'svelte';

export class EmbedState {
  /** `embed=1`: minimal chrome for a box of any size. */
  compact = $state(false);
  /** `origins=`: pages allowed to drive the atlas by postMessage (read by the bridge at start). */
  origins = $state.raw<string[]>([]);
}

const KEY = Symbol('embed-state');

export function setEmbedState(state: EmbedState): EmbedState {
  return setContext(KEY, state);
}

export function getEmbedState(): EmbedState {
  const state = getContext<EmbedState | undefined>(KEY);
  if (!state) throw new Error('getEmbedState() used outside an atlas instance with the embed tool');
  return state;
}
