/**
 * Actions tools offer on one place ("star", "add to compare"), rendered by the core panels (place
 * panel, list) without their knowing any tool: a tool registers an action; the panels show a button
 * for each. The registry is created by the first tool that needs it, during AtlasApp's initialisation
 * (tool `setup`), so every panel below AtlasApp sees the same one.
 */
import { getContext, hasContext, setContext, untrack } from 'svelte';
import type { Lang, Place } from '../data/types.ts';

export interface PlaceAction {
  /** Unique among actions (also the button's `data-action`). */
  id: string;
  /** The button's accessible label for this place, in the UI language. */
  label(lang: Lang, place: Place): string;
  /** A short visible mark (e.g. "☆"); actions with one also show on the list's rows. */
  icon?(place: Place): string;
  /** Visible text in the place panel (default: the icon, else the label). */
  text?(lang: Lang, place: Place): string;
  /** Whether the action applies to the place at all (default: yes). */
  applies?(place: Place): boolean;
  /** For toggles: whether the action is on for this place (`aria-pressed`). */
  pressed?(place: Place): boolean;
  run(place: Place): void;
}

export class PlaceActions {
  list = $state.raw<readonly PlaceAction[]>([]);

  /** Adds an action; returns its removal. Registering in an effect must not make it depend on the list. */
  register(action: PlaceAction): () => void {
    untrack(() => {
      if (this.list.some((a) => a.id === action.id)) throw new Error(`place action "${action.id}" is registered twice`);
      this.list = [...this.list, action];
    });
    return () => untrack(() => (this.list = this.list.filter((a) => a !== action)));
  }

  /** The actions that apply to a place. */
  for(place: Place): PlaceAction[] {
    return this.list.filter((a) => a.applies?.(place) ?? true);
  }
}

const KEY = Symbol('place-actions');

/** The instance's registry, created here if no tool made it yet (call during AtlasApp initialisation). */
export function usePlaceActions(): PlaceActions {
  return hasContext(KEY) ? getContext<PlaceActions>(KEY) : setContext(KEY, new PlaceActions());
}

/** The registry, or null when no tool offers place actions (the panels then show none). */
export function getPlaceActions(): PlaceActions | null {
  return getContext<PlaceActions | undefined>(KEY) ?? null;
}
