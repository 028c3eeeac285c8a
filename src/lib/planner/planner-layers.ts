/** The planner's sources and layers on the map (ids namespaced `planner-…`). */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { LayerSet } from '../map/layer-installer.ts';
import type { ImportedLayer } from './import-validate.ts';

export const PLANNER_SOURCES = { ghosts: 'planner-ghosts', measure: 'planner-measure', imports: 'planner-imports' } as const;
export const PLANNER_LAYERS = {
  importFill: 'planner-imports-fill',
  importLine: 'planner-imports-line',
  ghostFill: 'planner-ghosts-fill',
  ghostLine: 'planner-ghosts-line',
  measureFill: 'planner-measure-fill',
  measureLine: 'planner-measure-line',
  measurePoints: 'planner-measure-points',
} as const;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function plannerLayerSet(): LayerSet {
  const source = { type: 'geojson' as const, data: empty() };
  return {
    namespace: 'planner',
    sources: { [PLANNER_SOURCES.imports]: { ...source }, [PLANNER_SOURCES.ghosts]: { ...source }, [PLANNER_SOURCES.measure]: { ...source } },
    layers: [
      { layer: { id: PLANNER_LAYERS.importFill, type: 'fill', source: PLANNER_SOURCES.imports, paint: { 'fill-color': '#7c3aed', 'fill-opacity': 0.15 } } },
      { layer: { id: PLANNER_LAYERS.importLine, type: 'line', source: PLANNER_SOURCES.imports, paint: { 'line-color': '#7c3aed', 'line-width': 2 } } },
      { layer: { id: PLANNER_LAYERS.ghostFill, type: 'fill', source: PLANNER_SOURCES.ghosts, paint: { 'fill-color': '#f59e0b', 'fill-opacity': 0.3 } } },
      { layer: { id: PLANNER_LAYERS.ghostLine, type: 'line', source: PLANNER_SOURCES.ghosts, paint: { 'line-color': '#b45309', 'line-width': 2, 'line-dasharray': [2, 1] } } },
      { layer: { id: PLANNER_LAYERS.measureFill, type: 'fill', source: PLANNER_SOURCES.measure, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#dc2626', 'fill-opacity': 0.12 } } },
      { layer: { id: PLANNER_LAYERS.measureLine, type: 'line', source: PLANNER_SOURCES.measure, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#dc2626', 'line-width': 2 } } },
      { layer: { id: PLANNER_LAYERS.measurePoints, type: 'circle', source: PLANNER_SOURCES.measure, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4, 'circle-color': 'white', 'circle-stroke-color': '#dc2626', 'circle-stroke-width': 2 } } },
    ],
  };
}

export function ghostCollection(ghosts: readonly { id: string; geometry: Polygon | MultiPolygon }[]): FeatureCollection {
  return { type: 'FeatureCollection', features: ghosts.map((g) => ({ type: 'Feature', id: undefined, properties: { ghost: g.id }, geometry: g.geometry })) };
}

/** Every imported feature as one GeoJSON text (for a blob URL MapLibre's worker fetches and parses). */
export function importCollectionText(layers: readonly ImportedLayer[]): string {
  const features = layers.flatMap((layer) => layer.features.map((f, index) => `{"type":"Feature","properties":${JSON.stringify({ layer: layer.id, index })},"geometry":${f.geometryJson}}`));
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

/** The measured path (and polygon for areas), with the rubber-band leg to the pointer while drawing. */
export function measureCollection(kind: 'distance' | 'area' | null, points: readonly Position[], hover: Position | null): FeatureCollection {
  if (!kind || points.length === 0) return empty();
  const path = hover ? [...points, hover] : [...points];
  const features: Feature<LineString | Polygon | Point>[] = points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (kind === 'area' && path.length >= 3) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...path, path[0]]] } });
  if (path.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: kind === 'area' && path.length >= 3 ? [...path, path[0]] : path } });
  return { type: 'FeatureCollection', features };
}
