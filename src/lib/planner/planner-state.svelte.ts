/**
 * The planner's state, under its own context key: the comparison (bound to `compare=` in the URL),
 * the ghosts on the map, the measurement in progress, drawn polygons and imported layers.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createContext } from 'svelte';
import type { LocalizedText } from '../data/types.ts';
import { GEOMETRY_LABELS } from '../i18n/strings.ts';
import { ghostFrame, nudge, placeGhost, type GhostFrame } from '../geo/overlay.ts';
import type { PlaceCatalogue } from '../state/catalogue.svelte.ts';
import { listParam, type UrlParam } from '../url/url-param.ts';
import { footprintCentre, MAX_COMPARE, withKey, type PlannerFootprint } from './footprints.ts';
import type { GeodesicSolver, MeasureKind } from './measure.ts';
import { importedGeometry, type ImportedLayer } from './import-validate.ts';
import type { Workspace } from './layer-store.ts';
import { isPlaceId } from '../data/place-id.ts';

const COMPARE_LIST = listParam('compare', {
  history: 'push',
  valid: isPlaceId,
  known: (id, vocabulary) => vocabulary.placeIds.has(id),
});
/** `compare=id1,id2,…`: atlas places in the comparison (drawn and imported shapes stay local), at most 8. */
export const COMPARE_PARAM: UrlParam<string[]> = {
  ...COMPARE_LIST,
  parse(raw) {
    const parsed = COMPARE_LIST.parse(raw);
    if (parsed.value.length <= MAX_COMPARE) return parsed;
    return { value: parsed.value.slice(0, MAX_COMPARE), warnings: [...parsed.warnings, `compare holds at most ${MAX_COMPARE} footprints`] };
  },
};

export const DRAWN = { zh: '手绘', en: 'Drawn' } as const;
export const IMPORTED = { zh: '导入', en: 'Imported' } as const;

export class Ghost {
  readonly id: string;
  readonly key: string;
  readonly name: LocalizedText;
  readonly frame: GhostFrame;
  readonly origin: [number, number];
  centre = $state.raw<[number, number]>([0, 0]);
  readonly geometry: Polygon | MultiPolygon;

  constructor(id: string, footprint: PlannerFootprint, at?: [number, number]) {
    this.id = id;
    this.key = footprint.key;
    this.name = footprint.name;
    this.origin = footprintCentre(footprint.geometry);
    this.frame = ghostFrame(footprint.geometry, this.origin);
    this.centre = at ?? this.origin;
    this.geometry = $derived(placeGhost(this.frame, this.centre));
  }

  nudge(eastKm: number, northKm: number): void {
    this.centre = nudge(this.centre, eastKm, northKm);
  }
}

export class MeasureState {
  kind = $state<MeasureKind | null>(null);
  points = $state.raw<Position[]>([]);
  /** The pointer position while drawing (the rubber-band leg). */
  hover = $state.raw<Position | null>(null);
  finished = $state(false);
  geodesic = $state.raw<GeodesicSolver | null>(null);
  /** The last finished measurement: kept in the workspace, shown again when the tool reopens. */
  kept = $state.raw<{ kind: MeasureKind; points: Position[] } | null>(null);

  start(kind: MeasureKind): void {
    this.kind = kind;
    this.points = [];
    this.hover = null;
    this.finished = false;
  }
  add(point: Position): void {
    if (this.finished) this.points = [];
    this.finished = false;
    this.points = [...this.points, point];
  }
  undo(): void {
    this.finished = false;
    this.points = this.points.slice(0, -1);
  }
  finish(): void {
    this.finished = this.points.length >= (this.kind === 'area' ? 3 : 2);
    this.hover = null;
    if (this.finished && this.kind) this.kept = { kind: this.kind, points: this.points };
  }
  cancel(): void {
    this.points = [];
    this.hover = null;
    this.finished = false;
    this.kept = null;
  }
  /** Shows the kept measurement again (when the tool opens). */
  resume(): boolean {
    if (!this.kept) return false;
    this.kind = this.kept.kind;
    this.points = this.kept.points;
    this.finished = true;
    return true;
  }
  /** Closes the tool: the drawing goes, the kept measurement stays. */
  stop(): void {
    const kept = this.kept;
    this.cancel();
    this.kept = kept;
    this.kind = null;
  }
}

export class PlannerState {
  compare = $state.raw<string[]>([]);
  ghosts = $state.raw<Ghost[]>([]);
  drawn = $state.raw<PlannerFootprint[]>([]);
  imports = $state.raw<ImportedLayer[]>([]);
  /** The imported boundary whose details are open (its key), e.g. after a click on the map. */
  inspected = $state<string | null>(null);
  /** A request to show an extent on the map (the map child fits it). */
  zoomTo = $state.raw<[number, number, number, number] | null>(null);
  /** False until the stored workspace is back: nothing is saved over it before. */
  restored = $state(false);
  readonly measure = new MeasureState();
  readonly #catalogue: PlaceCatalogue;
  readonly #atlasGeometry: ReadonlyMap<string, Polygon | MultiPolygon>;
  #seq = 0;

  constructor(catalogue: PlaceCatalogue) {
    this.#catalogue = catalogue;
    // Follows the data (the catalogue may fill after the tool is set up); rebuilt whole, never mutated.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#atlasGeometry = $derived(new Map(catalogue.atlas.map.footprints.features.map((f) => [f.properties.id, f.geometry])));
  }

  /** Whether an atlas place has a footprint (points have none to compare). */
  hasFootprint(placeId: string): boolean {
    return this.#atlasGeometry.has(placeId);
  }

  /** Any footprint by key: an atlas place id, `drawn-…` or `import-<layer>-<index>`. */
  footprint(key: string): PlannerFootprint | null {
    const geometry = this.#atlasGeometry.get(key);
    const place = this.#catalogue.placesById.get(key);
    if (geometry && place)
      return { key, origin: 'atlas', name: place.name, geometry, declaredKm2: place.area?.declaredKm2 ?? null, kind: GEOMETRY_LABELS[place.geometry.kind] };
    const drawn = this.drawn.find((d) => d.key === key);
    if (drawn) return drawn;
    const match = /^import-(.+)-(\d+)$/.exec(key);
    const layer = match && this.imports.find((l) => l.id === match[1]);
    return layer && layer.features[Number(match[2])] ? importedFootprint(layer, Number(match[2])) : null;
  }

  /** The comparison's footprints, in order (keys that no longer resolve are skipped). */
  get compared(): PlannerFootprint[] {
    return this.compare.map((key) => this.footprint(key)).filter((f): f is PlannerFootprint => f !== null);
  }

  isCompared(key: string): boolean {
    return this.compare.includes(key);
  }
  toggleCompare(key: string): void {
    this.compare = this.isCompared(key) ? this.compare.filter((k) => k !== key) : withKey(this.compare, key);
  }
  get compareFull(): boolean {
    return this.compare.length >= MAX_COMPARE;
  }

  /** The URL's atlas places, keeping local (drawn/imported) entries after them. */
  setComparedPlaces(ids: string[]): void {
    const local = this.compare.filter((key) => !this.#atlasGeometry.has(key));
    this.compare = [...ids.filter((id) => this.#atlasGeometry.has(id)), ...local].slice(0, MAX_COMPARE);
  }
  get comparedPlaces(): string[] {
    return this.compare.filter((key) => this.#atlasGeometry.has(key));
  }

  /** A ghost of a footprint, at `at` or where the footprint is. */
  addGhost(key: string, at?: [number, number]): Ghost | null {
    const footprint = this.footprint(key);
    if (!footprint) return null;
    const ghost = new Ghost(`ghost-${++this.#seq}`, footprint, at);
    this.ghosts = [...this.ghosts, ghost];
    return ghost;
  }
  removeGhost(id: string): void {
    this.ghosts = this.ghosts.filter((g) => g.id !== id);
  }

  /** Keeps a finished area measurement as a footprint (compare and overlay it like any other). */
  keepDrawn(polygon: Polygon): PlannerFootprint {
    const n = this.drawn.length + 1;
    const footprint: PlannerFootprint = { key: `drawn-${++this.#seq}`, origin: 'drawn', name: { zh: `手绘多边形 ${n}`, en: `Drawn polygon ${n}` }, geometry: polygon, declaredKm2: null, kind: DRAWN };
    this.drawn = [...this.drawn, footprint];
    return footprint;
  }

  /** What the workspace store keeps (read in an effect: every field it touches is tracked). */
  snapshot(): Workspace {
    return {
      compareLocal: this.compare.filter((key) => !this.#atlasGeometry.has(key)),
      ghosts: this.ghosts.map((g) => ({ key: g.key, centre: g.centre })),
      drawn: this.drawn.map((d) => ({ key: d.key, name: d.name, geometry: d.geometry as Polygon })),
      measure: this.measure.kept,
    };
  }

  /** Puts a stored workspace back (after imports and the atlas data are in, so its keys resolve). */
  restore(workspace: Workspace | null): void {
    if (workspace) {
      const drawn = workspace.drawn.filter((d) => d.geometry?.type === 'Polygon' && /^drawn-\d+$/.test(d.key));
      this.drawn = drawn.map((d) => ({ key: d.key, origin: 'drawn', name: d.name, geometry: d.geometry, declaredKm2: null, kind: DRAWN }));
      this.#seq = Math.max(this.#seq, ...drawn.map((d) => Number(d.key.slice(6))));
      for (const g of workspace.ghosts) this.addGhost(g.key, g.centre);
      let compare = this.compare;
      for (const key of workspace.compareLocal) if (this.footprint(key)) compare = withKey(compare, key);
      this.compare = compare;
      this.measure.kept = workspace.measure;
    }
    this.restored = true;
  }

  /** Empties the workspace: imports, ghosts, drawn shapes, the measurement and the comparison. */
  clearWorkspace(): void {
    this.imports = [];
    this.ghosts = [];
    this.drawn = [];
    this.compare = [];
    this.inspected = null;
    this.measure.stop();
    this.measure.kept = null;
  }

  /** Forgets every trace of a key (comparison, ghosts). */
  forget(prefix: string): void {
    this.compare = this.compare.filter((k) => !k.startsWith(prefix));
    this.ghosts = this.ghosts.filter((g) => !g.key.startsWith(prefix));
  }
}

export function importKey(layerId: string, index: number): string {
  return `import-${layerId}-${index}`;
}

export function importedFootprint(layer: ImportedLayer, index: number): PlannerFootprint {
  const feature = layer.features[index];
  const label = feature.label ?? `#${index + 1}`;
  return {
    key: importKey(layer.id, index),
    origin: 'imported',
    name: { zh: `${layer.name} · ${label}`, en: `${layer.name} · ${label}` },
    geometry: importedGeometry(feature),
    declaredKm2: null,
    kind: IMPORTED,
  };
}

/** The planner tools' state, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getPlannerState, setPlannerState] = createContext<PlannerState>();
