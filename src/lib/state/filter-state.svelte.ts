/**
 * What the user filters by: industries, region groups, layer groups, catalogue level and type, and the
 * tools' clauses. The filter is one value whose clauses (`filters.ts`) give the list's predicate and
 * every layer's MapLibre expression; each core part is a URL parameter.
 */
import type { Place, RegionGroup } from '../data/types.ts';
import { ZONE_LEVELS, ZONE_TYPES, type ZoneLevel, type ZoneType } from '../data/catalog-types.ts';
import { listParam, type UrlParam } from '../url/url-param.ts';
import type { PlaceCatalogue } from './catalogue.svelte.ts';
import { compileFilter, type FilterClause, type PlaceFilter } from './filters.ts';
import { LAYER_GROUP_IDS, type LayerGroupId } from './layer-groups.ts';

export class FilterState {
  industries = $state<string[]>([]);
  regions = $state<RegionGroup[]>([]);
  layers = $state<LayerGroupId[]>([...LAYER_GROUP_IDS]);
  /** Catalogue zones: approval levels and zone types kept (empty: all). */
  zoneLevels = $state<ZoneLevel[]>([]);
  zoneTypes = $state<ZoneType[]>([]);
  /** Clauses tools add (`setClause`); part of the one filter, so list and map apply them alike. */
  extra = $state.raw<readonly FilterClause[]>([]);

  readonly filter: PlaceFilter;
  /** The whole filter (every clause) as one predicate: what a layer built from data must pass to agree with the list. */
  readonly predicate: (place: Place) => boolean;
  /** Places passing the filter, in data order. */
  readonly visiblePlaces: Place[];
  /** Places per industry under the rest of the filter (the industry badges). */
  readonly industryCounts: Map<string, number>;
  /** Whether anything is filtered out. */
  readonly active: boolean;

  constructor(catalogue: PlaceCatalogue) {
    this.filter = $derived({ industries: this.industries, regions: this.regions, layers: this.layers, zoneLevels: this.zoneLevels, zoneTypes: this.zoneTypes, extra: this.extra });
    this.predicate = $derived(compileFilter(this.filter));
    this.visiblePlaces = $derived(catalogue.index.select(this.filter).map((i) => catalogue.places[i]));
    this.industryCounts = $derived(catalogue.index.industryCounts(this.filter));
    this.active = $derived(this.industries.length > 0 || this.regions.length > 0 || this.layers.length !== LAYER_GROUP_IDS.length || this.zoneLevels.length > 0 || this.zoneTypes.length > 0 || this.extra.length > 0);
  }

  /** Adds, replaces (same id) or with null removes a tool's clause. */
  setClause(id: string, clause: FilterClause | null): void {
    const others = this.extra.filter((c) => c.id !== id);
    if (clause && clause.id !== id) throw new Error(`clause id ${clause.id} set under ${id}`);
    this.extra = clause ? [...others, clause] : others;
  }

  toggleIndustry(code: string): void {
    this.industries = this.industries.includes(code) ? this.industries.filter((c) => c !== code) : [...this.industries, code];
  }

  toggleRegion(region: RegionGroup): void {
    this.regions = this.regions.includes(region) ? this.regions.filter((r) => r !== region) : [...this.regions, region];
  }

  toggleLayer(group: LayerGroupId): void {
    this.layers = this.layers.includes(group) ? this.layers.filter((g) => g !== group) : LAYER_GROUP_IDS.filter((g) => g === group || this.layers.includes(g));
  }

  toggleZoneLevel(level: ZoneLevel): void {
    this.zoneLevels = this.zoneLevels.includes(level) ? this.zoneLevels.filter((l) => l !== level) : [...this.zoneLevels, level];
  }

  toggleZoneType(type: ZoneType): void {
    this.zoneTypes = this.zoneTypes.includes(type) ? this.zoneTypes.filter((t) => t !== type) : [...this.zoneTypes, type];
  }

  clear(): void {
    this.industries = [];
    this.regions = [];
    this.layers = [...LAYER_GROUP_IDS];
    this.zoneLevels = [];
    this.zoneTypes = [];
    // Each tool resets its own state; its clause follows from that state.
    for (const clause of this.extra) clause.clear?.();
  }
}

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** `industry=tcm,biologics`: taxonomy codes; a place matches any. */
export const INDUSTRY_PARAM = listParam('industry', { filterField: 'industries', valid: (v) => SLUG.test(v), known: (v, vocabulary) => vocabulary.industries.has(v) });

/** `region=fujian,hebei`: region groups from the data. */
export const REGION_PARAM = listParam('region', { filterField: 'regions', valid: (v) => SLUG.test(v), known: (v, vocabulary) => vocabulary.regions.has(v) });

/** `level=national,provincial`: catalogue zones of these approval levels (other places stay). */
export const ZONE_LEVEL_PARAM = listParam('level', { filterField: 'levels', valid: (v) => (ZONE_LEVELS as readonly string[]).includes(v) }) as unknown as UrlParam<ZoneLevel[]>;

/** `zonetype=hitech,etdz`: catalogue zones of these types (other places stay). */
export const ZONE_TYPE_PARAM = listParam('zonetype', { filterField: 'zoneTypes', valid: (v) => (ZONE_TYPES as readonly string[]).includes(v) }) as unknown as UrlParam<ZoneType[]>;

/** `layers=pilot-zones,parks-bases`: the groups shown; all groups (the default) are left out, `layers=` shows none. */
export const LAYERS_PARAM: UrlParam<LayerGroupId[]> = {
  key: 'layers',
  initial: [...LAYER_GROUP_IDS],
  filterField: 'layers',
  parse(raw) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a parse-time dedupe, not state
    const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
    const known = values.filter((v): v is LayerGroupId => (LAYER_GROUP_IDS as readonly string[]).includes(v));
    const bad = values.filter((v) => !known.includes(v as LayerGroupId));
    return { value: known, warnings: bad.length ? [`ignored unknown layers value(s): ${bad.join(', ')}`] : [] };
  },
  format: (groups) => (groups.length === LAYER_GROUP_IDS.length && LAYER_GROUP_IDS.every((g) => groups.includes(g)) ? null : groups.join(',')),
};
