/**
 * What a tool can offer on a place (e.g. "Add to comparison"): the place panel and the list render
 * these buttons without knowing any tool. A tool adds its action in `setup` and gets the removal back.
 */
import type { Lang, Place } from '../data/types.ts';

export interface PlaceAction {
  id: string;
  /** Button text for a place (also its accessible name). */
  label(place: Place, lang: Lang): string;
  /** A one-character mark: the action also shows on the list's rows (the label stays its accessible name). */
  mark?: string;
  /** For toggles: whether the action is on for this place (rendered as `aria-pressed`). */
  pressed?(place: Place): boolean;
  /** Whether the action applies to the place at all (default: yes). */
  applies?(place: Place): boolean;
  run(place: Place): void;
}

export class PlaceActions {
  list = $state.raw<PlaceAction[]>([]);

  add(action: PlaceAction): () => void {
    this.list = [...this.list.filter((a) => a.id !== action.id), action];
    return () => (this.list = this.list.filter((a) => a !== action));
  }

  for(place: Place): PlaceAction[] {
    return this.list.filter((a) => a.applies?.(place) ?? true);
  }
}
