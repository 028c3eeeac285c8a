/**
 * The investor tool's state: the "near transport" conditions and the shortlist. Lives under its own
 * context key; the core state never sees it (the near filter reaches the core as a filter clause).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext } from 'svelte';
import type { Place } from '../data/types.ts';
import type { KeyValueStorage } from '../host/host.ts';
import type { AtlasState } from '../state/atlas-state.svelte.ts';
import type { NearCondition, NearKind } from './near.ts';
import { ProximityIndex, readProximity } from './proximity.ts';
import { checkStoredShortlist, MAX_SHORTLIST } from './shortlist.ts';
import { storedValue, type StoredValue } from './storage.ts';

export type InvestorView = 'sites' | 'shortlist' | 'charts';

export class InvestorState {
  near = $state<NearCondition[]>([]);
  /** Reference kinds not drawn (map and list). */
  hiddenReference = $state<NearKind[]>([]);
  shortlist = $state<string[]>([]);
  view = $state<InvestorView>('sites');
  /** The instance's map, once it exists (set by the tool's map child). */
  map = $state.raw<MapLibreMap | null>(null);
  /** Distances to transport with their uncertainty (the build's table, never measured at run time). */
  readonly proximity: ProximityIndex;
  readonly shortlisted: Place[];
  readonly #stored: StoredValue<string[]>;

  constructor(app: AtlasState, storage: KeyValueStorage | null) {
    // Follows the data (the catalogue may fill after the tool is set up).
    this.proximity = $derived(new ProximityIndex(readProximity(app.atlas.tools?.investor)));
    this.#stored = storedValue(storage, 'shortlist', (v) => checkStoredShortlist(v, app.catalogue.vocabulary.placeIds));
    this.shortlisted = $derived(this.shortlist.map((id) => app.placesById.get(id)).filter((p): p is Place => p !== undefined));
  }

  has(id: string): boolean {
    return this.shortlist.includes(id);
  }

  toggle(id: string): void {
    if (this.has(id)) this.shortlist = this.shortlist.filter((s) => s !== id);
    else if (this.shortlist.length < MAX_SHORTLIST) this.shortlist = [...this.shortlist, id];
  }

  /** The radius for a kind, or null when that kind is not filtered. */
  radius(kind: NearKind): number | null {
    return this.near.find((c) => c.kind === kind)?.km ?? null;
  }

  setRadius(kind: NearKind, km: number | null): void {
    const others = this.near.filter((c) => c.kind !== kind);
    this.near = km === null ? others : [...others, { kind, km }];
  }

  /** Shows or hides the reference points of a kind. */
  toggleReference(kind: NearKind): void {
    this.hiddenReference = this.hiddenReference.includes(kind) ? this.hiddenReference.filter((k) => k !== kind) : [...this.hiddenReference, kind];
  }

  /** The shortlist kept in storage (when the URL names none). */
  storedShortlist(): string[] {
    return this.#stored.read() ?? [];
  }

  persist(): void {
    this.#stored.write(this.shortlist.length ? [...this.shortlist] : null);
  }
}

/** The investor tool's state, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getInvestorState, setInvestorState] = createContext<InvestorState>();
