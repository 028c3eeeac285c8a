/**
 * The selected point's uncertainty: a true-size circle of its `uncertaintyKm` around the point the
 * evidence gives (a prefecture seat's ±80 km reads as the region it is, not as a dot on the seat).
 * https://maplibre.org/maplibre-style-spec/layers/#fill
 */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Place } from '../data/types.ts';
import type { LayerSet } from './layer-installer.ts';

export const UNCERTAINTY_NAMESPACE = 'places-uncertainty';
export const UNCERTAINTY_SOURCE = UNCERTAINTY_NAMESPACE;
export const UNCERTAINTY_LAYER_IDS = { fill: 'places-uncertainty-fill', outline: 'places-uncertainty-outline' } as const;

/** Enough vertices to look round at any zoom a ±1–100 km circle is seen whole. */
const STEPS = 96;

/**
 * The uncertainty circle of a place drawn as a point, or null (a footprint, or no uncertainty given).
 * Geodesic radius on the sphere (Turf), as the scale bar measures it.
 */
export function uncertaintyCircle(place: Pick<Place, 'id' | 'anchor' | 'geometryType' | 'geometry'> | null): Feature<Polygon, { id: string; km: number }> | null {
  const km = place?.geometry.uncertaintyKm;
  if (!place || place.geometryType !== 'Point' || !km || !(km > 0)) return null;
  const polygon = circle(place.anchor, km, { steps: STEPS, units: 'kilometers' });
  return { type: 'Feature', properties: { id: place.id, km }, geometry: polygon.geometry };
}

export function uncertaintyData(place: Parameters<typeof uncertaintyCircle>[0]): FeatureCollection<Polygon> {
  const feature = uncertaintyCircle(place);
  return { type: 'FeatureCollection', features: feature ? [feature] : [] };
}

/**
 * The circle's source and layers: a light fill and a dashed outline (dashed like every shape the atlas
 * does not know the edge of), drawn under the places.
 * @param beforeId the layer they go under (the place footprints)
 */
export function uncertaintyLayerSet(data: FeatureCollection<Polygon>, beforeId?: string): LayerSet {
  return {
    namespace: UNCERTAINTY_NAMESPACE,
    sources: { [UNCERTAINTY_SOURCE]: { type: 'geojson', data } },
    layers: [
      { layer: { id: UNCERTAINTY_LAYER_IDS.fill, type: 'fill', source: UNCERTAINTY_SOURCE, paint: { 'fill-color': '#1d4ed8', 'fill-opacity': 0.08 } }, beforeId },
      {
        layer: { id: UNCERTAINTY_LAYER_IDS.outline, type: 'line', source: UNCERTAINTY_SOURCE, paint: { 'line-color': '#1d4ed8', 'line-width': 1.5, 'line-dasharray': [2, 2], 'line-opacity': 0.8 } },
        beforeId,
      },
    ],
  };
}
