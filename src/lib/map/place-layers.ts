/**
 * The MapLibre sources and layers that draw places. Pure data (layer specifications), so the look is
 * testable without a browser and the same specs serve the app and the benchmark baseline.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { AtlasData, Lang } from '../data/types.ts';
import type { LayerSet } from './layer-installer.ts';
import { BASE_FONT_STACK } from './base-style.ts';

export const FOOTPRINT_SOURCE = 'places-footprints';
export const POINT_SOURCE = 'places-points';
/** Image used to hatch schematic footprints (added by the map at run time). */
export const HATCH_IMAGE = 'places-schematic-hatch';

/** Namespace of every source and layer id drawn by the place layers. */
export const PLACES_NAMESPACE = 'places';

export const LAYER_IDS = {
  footprintFill: 'places-footprint-fill',
  footprintHatch: 'places-footprint-hatch',
  footprintOutline: 'places-footprint-outline',
  pointCircle: 'places-circle',
  label: 'places-label',
  /** Catalogue zones' labels: from zoom {@link ZONE_LABEL_MIN_ZOOM} only (hundreds of them at country scale are a pile). */
  zoneLabel: 'places-zone-label',
  /** Reference points' labels (ports, airports…): from zoom {@link REFERENCE_LABEL_MIN_ZOOM}; a national set would bury the places' names. */
  referenceLabel: 'places-reference-label',
} as const;

export const ZONE_LABEL_MIN_ZOOM = 7;
export const REFERENCE_LABEL_MIN_ZOOM = 6;
const isZone: ExpressionSpecification = ['==', ['get', 'kind'], 'dev-zone'];
const isReference: ExpressionSpecification = ['==', ['get', 'kind'], 'reference-point'];

/** The label layers (their text follows the language). */
export const LABEL_LAYER_IDS = [LAYER_IDS.label, LAYER_IDS.zoneLabel, LAYER_IDS.referenceLabel];

/** Every layer drawing places (the filter applies to all of them). */
export const PLACE_LAYER_IDS = Object.values(LAYER_IDS);

/** Layers a click or hover can hit, topmost first. */
export const INTERACTIVE_LAYERS = [LAYER_IDS.pointCircle, LAYER_IDS.footprintFill];

/** Font stack for labels: with no `glyphs` URL MapLibre draws glyphs locally from these CSS fonts. */
/** The basemap's font stack: MapLibre draws labels locally (no glyph server) and keeps its glyphs per
 *  font stack, so one stack for both draws each character once (a second stack cost ~0.1 s of glyph
 *  drawing on the first load); and it names the system CJK fonts of macOS and Windows too. */
export const LABEL_FONT = BASE_FONT_STACK;

const isProxy: ExpressionSpecification = ['==', ['get', 'geometryKind'], 'proxy-point'];
const state = (key: 'selected' | 'hover'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export type PlaceLayer = FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification | SymbolLayerSpecification;

/** GeoJSON sources for the atlas; `promoteId` lets feature-state address places by their slug. */
export function placeSources(atlas: AtlasData): Record<string, SourceSpecification> {
  return {
    [FOOTPRINT_SOURCE]: { type: 'geojson', data: atlas.map.footprints, promoteId: 'id' },
    [POINT_SOURCE]: { type: 'geojson', data: atlas.map.points, promoteId: 'id' },
  };
}

/** The label text for a language. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'nameZh' : 'nameEn'];
}

/** Above this many points, labels wait for zoom {@link DENSE_LABEL_MIN_ZOOM}: placing thousands of labels at country scale costs seconds and shows a few dozen. */
export const DENSE_POINT_COUNT = 1000;
export const DENSE_LABEL_MIN_ZOOM = 7;
/** Dense data draws footprints from this zoom: at country scale thousands of km-sized shapes are specks (their points show them). */
export const DENSE_FOOTPRINT_MIN_ZOOM = 6;

/** Whether an atlas is dense enough to defer labels. */
export function isDense(atlas: AtlasData): boolean {
  return atlas.map.points.features.length > DENSE_POINT_COUNT;
}

/**
 * Layers drawing places, bottom to top.
 * @param colour paint expression giving each feature its industry colour
 * @param dense national-scale data: labels from zoom {@link DENSE_LABEL_MIN_ZOOM}, footprints from {@link DENSE_FOOTPRINT_MIN_ZOOM}
 */
export function placeLayers(lang: Lang, colour: ExpressionSpecification, dense = false): PlaceLayer[] {
  const footprintZoom = dense ? { minzoom: DENSE_FOOTPRINT_MIN_ZOOM } : {};
  return [
    {
      id: LAYER_IDS.footprintFill,
      ...footprintZoom,
      type: 'fill',
      source: FOOTPRINT_SOURCE,
      paint: {
        'fill-color': colour,
        'fill-opacity': ['case', state('selected'), 0.38, state('hover'), 0.3, 0.16],
      },
    },
    {
      // Hatched: a schematic footprint is a size, not a place on the ground.
      id: LAYER_IDS.footprintHatch,
      ...footprintZoom,
      type: 'fill',
      source: FOOTPRINT_SOURCE,
      filter: ['==', ['get', 'geometryKind'], 'schematic-equal-area'],
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.55 },
    },
    {
      id: LAYER_IDS.footprintOutline,
      ...footprintZoom,
      type: 'line',
      source: FOOTPRINT_SOURCE,
      paint: {
        'line-color': colour,
        'line-width': ['case', state('selected'), 3, state('hover'), 2.4, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER_IDS.pointCircle,
      type: 'circle',
      source: POINT_SOURCE,
      paint: {
        'circle-radius': [
          '+',
          ['match', ['get', 'kind'], 'region', 4, 'reference-point', 4, 'pilot-zone', 7, 'dev-zone', 4.5, 6],
          ['case', state('selected'), 3, state('hover'), 1.5, 0],
        ],
        // Proxy points are hollow: their position is a stand-in, not the site.
        'circle-color': ['case', isProxy, '#ffffff', colour],
        'circle-stroke-color': ['case', state('selected'), '#111827', isProxy, colour, '#ffffff'],
        'circle-stroke-width': ['case', state('selected'), 3, isProxy, 2, 1.2],
      },
    },
    // Below the places' labels: MapLibre places the upper layer's labels first, so places win collisions.
    labelLayer(LAYER_IDS.referenceLabel, lang, isReference, dense ? Math.max(DENSE_LABEL_MIN_ZOOM, REFERENCE_LABEL_MIN_ZOOM) : REFERENCE_LABEL_MIN_ZOOM),
    labelLayer(LAYER_IDS.label, lang, ['all', ['!', isZone], ['!', isReference]], dense ? DENSE_LABEL_MIN_ZOOM : undefined),
    labelLayer(LAYER_IDS.zoneLabel, lang, isZone, dense ? Math.max(DENSE_LABEL_MIN_ZOOM, ZONE_LABEL_MIN_ZOOM) : ZONE_LABEL_MIN_ZOOM),
  ];
}

/** Combines a layer's own filter with the shared place filter. */
export function withFilter(own: FilterSpecification | undefined, shared: FilterSpecification | null): FilterSpecification | null {
  if (!shared) return own ?? null;
  return own ? (['all', own, shared] as FilterSpecification) : shared;
}

/**
 * Everything that draws places, as one installable set: hatch image, the two GeoJSON sources and the
 * layers (shapes and points under the basemap's place names, labels on top of everything).
 * @param filter the place filter expression (null: everything)
 * @param beforeId the base layer shapes go under (the basemap's first label layer)
 */
export function placeLayerSet(atlas: AtlasData, lang: Lang, colour: ExpressionSpecification, filter: FilterSpecification | null, beforeId?: string): LayerSet {
  return {
    namespace: PLACES_NAMESPACE,
    images: { [HATCH_IMAGE]: hatchImage() },
    sources: placeSources(atlas),
    layers: placeLayers(lang, colour, isDense(atlas)).map((layer) => {
      const combined = withFilter(layer.filter, filter);
      const { filter: _own, ...rest } = layer;
      return {
        layer: (combined ? { ...rest, filter: combined } : rest) as LayerSpecification,
        beforeId: (LABEL_LAYER_IDS as string[]).includes(layer.id) ? undefined : beforeId,
      };
    }),
  };
}

/** A label layer over the points: place names in the UI language, zones winning collisions. */
function labelLayer(id: string, lang: Lang, filter: ExpressionSpecification, minzoom?: number): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: POINT_SOURCE,
    filter,
    ...(minzoom !== undefined ? { minzoom } : {}),
    layout: {
      'text-field': labelField(lang),
      'text-font': LABEL_FONT,
      'text-size': ['match', ['get', 'kind'], 'pilot-zone', 14, 'region', 12, 11],
      'text-offset': [0, 1.1],
      'text-anchor': 'top',
      'text-max-width': 10,
      // Zones win collisions over the proxies stacked on their anchor.
      'symbol-sort-key': ['match', ['get', 'kind'], 'pilot-zone', 0, 'region', 1, 'park', 2, 'base', 2, 5],
    },
    paint: {
      'text-color': '#1f2937',
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.4,
    },
  };
}

/** A small diagonal hatch as raw RGBA, for `map.addImage` (no sprite request). */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y) % size === size - 1;
      const i = (y * size + x) * 4;
      data.set(on ? [55, 65, 81, 200] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}

/** China's extent, [west, south, east, north], for the initial view: down to 3°N, so that the South China Sea islands and the dashed line are in it, as on China's vertical-format standard maps. */
export const CHINA_BOUNDS: [number, number, number, number] = [73.5, 3, 135, 53.6];
