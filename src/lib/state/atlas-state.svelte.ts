/**
 * The core state of one atlas instance, split by concern: the catalogue of places, the filters, the
 * selection, the UI (one active panel or tool) and the language. Each is its own rune class; this
 * object only holds them together under one context key. Tools keep their own state under their own
 * keys: nothing here imports a tool.
 */
import { createContext } from 'svelte';
import type { AtlasData, Lang, Place } from '../data/types.ts';
import { PlaceCatalogue } from './catalogue.svelte.ts';
import { FilterState } from './filter-state.svelte.ts';
import { LocaleState } from './locale.svelte.ts';
import { SelectionState } from './selection.svelte.ts';
import { UiState } from './ui-state.svelte.ts';

export interface SourceConfig {
  /** Online basemap style URL (`?basemap=` or build config), or null for the offline basemap. */
  basemap: string | null;
  /** Another data set built beside the default one (`?dataset=`), or null. */
  dataset: string | null;
}

export class AtlasState {
  readonly catalogue: PlaceCatalogue;
  readonly filters: FilterState;
  readonly selection: SelectionState;
  readonly ui = new UiState();
  readonly locale: LocaleState;
  readonly config: SourceConfig;

  /** @param atlas the data, or null to start empty and `catalogue.load` it when it arrives */
  constructor(atlas: AtlasData | null, fallbackLang: Lang, config: SourceConfig = { basemap: null, dataset: null }) {
    this.catalogue = new PlaceCatalogue(atlas);
    this.filters = new FilterState(this.catalogue);
    this.selection = new SelectionState(this.catalogue);
    this.locale = new LocaleState(fallbackLang);
    this.config = config;
  }

  // Shorthands the panels use most.
  get lang(): Lang {
    return this.locale.lang;
  }
  set lang(lang: Lang) {
    this.locale.lang = lang;
  }
  get atlas(): AtlasData {
    return this.catalogue.atlas;
  }
  get placesById(): ReadonlyMap<string, Place> {
    return this.catalogue.placesById;
  }
  /** Selects a place; `fly` when the map should bring it into view. */
  select(id: string | null, fly = false): void {
    this.selection.selectPlace(id, { fly });
  }
}

/** The instance's core state, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getAtlasState, setAtlasState] = createContext<AtlasState>();
