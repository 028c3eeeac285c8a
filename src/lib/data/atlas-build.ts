/**
 * Turns validated place features into the data the app loads: places with their derived fields
 * (region group, anchor, computed area, children) and flat map features for MapLibre.
 */
import type { Feature, Point, Polygon, MultiPolygon } from 'geojson';
import { computeArea, declaredAreaKm2 } from '../geo/area.ts';
import { ReferencePointIndex, transportDistances } from '../geo/proximity.ts';
import {
  type AtlasData,
  type Industry,
  type LoadedPlaces,
  type MapFeatureProperties,
  type Place,
  type PublicSource,
  type RegionGroup,
  type RegionInfo,
} from './types.ts';

/**
 * Builds the app's data from validated files (run `validateAcrossFiles` first: this assumes parents exist).
 * @param files features per file name, in a stable order
 */
export function buildAtlas(files: LoadedPlaces, taxonomy: Industry[], sources: PublicSource[]): AtlasData {
  const all = files.flatMap(({ file, features }) => features.map((feature) => ({ file, feature })));
  const byId = new Map(all.map(({ feature }) => [feature.properties.id, feature.properties]));
  const children = new Map<string, string[]>();
  for (const { feature } of all) {
    const parent = feature.properties.parent;
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), feature.properties.id]);
  }

  const places: Place[] = all.map(({ file, feature }) => {
    const p = feature.properties;
    const anchor =
      feature.geometry.type === 'Point'
        ? (feature.geometry.coordinates.slice(0, 2) as [number, number])
        : (p.geometry.anchor as [number, number]);
    return {
      ...p,
      regionGroup: regionGroupOf(p.id, byId),
      anchor,
      file,
      area: computeArea(feature.geometry, declaredAreaKm2(p.figures)),
      children: children.get(p.id) ?? [],
      geometryType: feature.geometry.type,
    };
  });

  const footprints: Feature<Polygon | MultiPolygon, MapFeatureProperties>[] = [];
  const points: Feature<Point, MapFeatureProperties>[] = [];
  const references = new ReferencePointIndex(places);
  all.forEach(({ feature }, i) => {
    const place = places[i];
    const properties = mapProperties(place, references);
    // Every place gets a point (label, click target); footprints add their fill.
    points.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: place.anchor } });
    if (feature.geometry.type !== 'Point')
      footprints.push({ type: 'Feature', properties, geometry: feature.geometry });
  });

  return {
    version: 1,
    taxonomy,
    sources,
    regions: regionsOf(places),
    places,
    map: {
      footprints: { type: 'FeatureCollection', features: footprints },
      points: { type: 'FeatureCollection', features: points },
    },
  };
}

/** The province a place belongs to: the top-level region at the end of its parent chain. */
export function regionGroupOf(id: string, byId: ReadonlyMap<string, { parent: string | null; kind: string }>): RegionGroup | null {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null && !seen.has(current)) {
    const place = byId.get(current);
    if (!place) return null;
    if (place.parent === null) return place.kind === 'region' ? current : null;
    seen.add(current);
    current = place.parent;
  }
  return null;
}

/** The region groups present in the data, each named by its region place. */
export function regionsOf(places: readonly Pick<Place, 'id' | 'name' | 'regionGroup'>[]): RegionInfo[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const ids = [...new Set(places.map((p) => p.regionGroup).filter((g): g is string => g !== null))];
  return ids.map((id) => ({ id, name: { zh: byId.get(id)?.name.zh ?? id, en: byId.get(id)?.name.en ?? id } }));
}

function mapProperties(place: Place, references: ReferencePointIndex): MapFeatureProperties {
  // Straight-line km to the nearest transport of each kind, once here so filters never measure per frame.
  const d = transportDistances(place, references);
  return {
    id: place.id,
    kind: place.kind,
    geometryKind: place.geometry.kind,
    regionGroup: place.regionGroup ?? '',
    industries: place.industries.length ? `|${place.industries.join('|')}|` : '',
    primaryIndustry: place.industries[0] ?? '',
    nameZh: place.name.zh,
    nameEn: place.name.en,
    ...(d.seaport !== undefined && { dSeaport: d.seaport }),
    ...(d.airport !== undefined && { dAirport: d.airport }),
    ...(d['railway-station'] !== undefined && { dStation: d['railway-station'] }),
    ...(d['border-crossing'] !== undefined && { dBorder: d['border-crossing'] }),
  };
}
