/**
 * The MapLibre sources and layers that draw places. Pure data (layer specifications), so the look is
 * testable without a browser and the same specs serve the app and the benchmark baseline.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { AtlasData, Lang } from '../data/types.ts';

export const FOOTPRINT_SOURCE = 'places-footprints';
export const POINT_SOURCE = 'places-points';

export const LAYER_IDS = {
  footprintFill: 'footprint-fill',
  footprintOutline: 'footprint-outline',
  pointCircle: 'place-circle',
  label: 'place-label',
} as const;

/** Layers a click or hover can hit, topmost first. */
export const INTERACTIVE_LAYERS = [LAYER_IDS.pointCircle, LAYER_IDS.footprintFill];

/** Font stack for labels: with no `glyphs` URL MapLibre draws glyphs locally from these CSS fonts. */
export const LABEL_FONT = ['Noto Sans CJK SC', 'Noto Sans', 'sans-serif'];

/** Colour per kind of place (industry colours come with the legend). */
export const KIND_COLOURS: Record<string, string> = {
  region: '#6b7280',
  'pilot-zone': '#b91c1c',
  park: '#1d4ed8',
  base: '#7c3aed',
  platform: '#047857',
  facility: '#0f766e',
  'signed-project': '#c2410c',
  'reference-point': '#374151',
};

const kindColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KIND_COLOURS).flat(),
  '#111827',
] as unknown as ExpressionSpecification;

const isProxy: ExpressionSpecification = ['==', ['get', 'geometryKind'], 'proxy-point'];

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

/** Layers drawing places, bottom to top. */
export function placeLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.footprintFill,
      type: 'fill',
      source: FOOTPRINT_SOURCE,
      paint: {
        'fill-color': kindColour,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.4, 0.22],
      },
    },
    {
      id: LAYER_IDS.footprintOutline,
      type: 'line',
      source: FOOTPRINT_SOURCE,
      paint: {
        'line-color': kindColour,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.6],
        // Dashed: a schematic footprint is not a boundary.
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER_IDS.pointCircle,
      type: 'circle',
      source: POINT_SOURCE,
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'region', 4, 'reference-point', 4, 6],
        // Proxy points are hollow: their position is a stand-in, not the site.
        'circle-color': ['case', isProxy, '#ffffff', kindColour],
        'circle-stroke-color': kindColour,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.5],
      },
    },
    {
      id: LAYER_IDS.label,
      type: 'symbol',
      source: POINT_SOURCE,
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['match', ['get', 'kind'], 'pilot-zone', 14, 'region', 12, 11],
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        // Zones win collisions over the projects stacked on their anchor.
        'symbol-sort-key': ['match', ['get', 'kind'], 'pilot-zone', 0, 'region', 1, 'park', 2, 'base', 2, 5],
      },
      paint: {
        'text-color': '#1f2937',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.4,
      },
    },
  ];
}

/** China's extent, [west, south, east, north], for the initial view. */
export const CHINA_BOUNDS: [number, number, number, number] = [73.5, 18, 135, 53.6];
