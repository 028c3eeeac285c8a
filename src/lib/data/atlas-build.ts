/**
 * Turns validated place features into the data the app loads: places with their derived fields
 * (region group, anchor, computed area, children) and flat map features for MapLibre.
 */
import type { Feature, Point, Polygon, MultiPolygon } from 'geojson';
import { computeArea, declaredAreaKm2 } from '../geo/area.ts';
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
export function buildAtlas(files: LoadedPlaces, taxonomy: Industry[], sources: PublicSource[], provinces: readonly RegionInfo[] = []): AtlasData {
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
      regionGroup: regionGroupOf(p.id, byId) ?? regionGroupOfProvince(p.catalog?.province),
      anchor,
      file,
      area: computeArea(feature.geometry, declaredAreaKm2(p.figures)),
      children: children.get(p.id) ?? [],
      geometryType: feature.geometry.type,
    };
  });

  // Every point stands at its anchor, the coordinate the evidence gives; points that share one are
  // clustered by the map (src/lib/map/place-layers.ts), never moved apart.
  const footprints: Feature<Polygon | MultiPolygon, MapFeatureProperties>[] = [];
  const points: Feature<Point, MapFeatureProperties>[] = [];
  all.forEach(({ feature }, i) => {
    const place = places[i];
    const properties = mapProperties(place);
    // Every place gets a point (label, click target); footprints add their fill.
    points.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: place.anchor } });
    if (feature.geometry.type !== 'Point')
      footprints.push({ type: 'Feature', properties, geometry: feature.geometry });
  });

  return {
    version: 1,
    taxonomy,
    sources,
    regions: regionsOf(places, provinces),
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

/**
 * The region groups present in the data, in order of first appearance, each named by its region place
 * or, for a province with no region place (catalogue zones), by the province table.
 */
export function regionsOf(places: readonly Pick<Place, 'id' | 'name' | 'regionGroup'>[], provinces: readonly RegionInfo[] = []): RegionInfo[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const table = new Map(provinces.map((p) => [p.id, p]));
  const order = new Map(provinces.map((p, i) => [p.id, i]));
  // Provinces with a region place of their own (the articles' provinces) first, in data order; then
  // the others in the province table's order (GB/T 2260), not in the order their zones happen to come.
  const ids = [...new Set(places.map((p) => p.regionGroup).filter((g): g is string => g !== null))];
  ids.sort((a, b) => Number(!byId.has(a)) - Number(!byId.has(b)) || (byId.has(a) ? 0 : (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)));
  return ids.map((id) => {
    const name = byId.get(id)?.name ?? table.get(id)?.name;
    return { id, name: { zh: name?.zh ?? id, en: name?.en ?? id } };
  });
}

/** A catalogue zone outside the region places' parent chains still belongs to its province's group. */
function regionGroupOfProvince(province: string | undefined): RegionGroup | null {
  return province ?? null;
}

function mapProperties(place: Place): MapFeatureProperties {
  return {
    id: place.id,
    kind: place.kind,
    geometryKind: place.geometry.kind,
    regionGroup: place.regionGroup ?? '',
    industries: place.industries.length ? `|${place.industries.join('|')}|` : '',
    primaryIndustry: place.industries[0] ?? '',
    nameZh: place.name.zh,
    nameEn: place.name.en,
    zoneLevel: place.catalog?.level ?? '',
    zoneType: place.catalog?.type ?? '',
    province: place.catalog?.province ?? '',
  };
}
