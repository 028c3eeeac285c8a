import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Place } from '../data/types.ts';
import type { CatalogInfo } from '../data/catalog-types.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';
import { filterExpression, industryCounts, matchesFilter, NO_FILTER, type FilterClause, type PlaceFilter } from './filters.ts';

const place = (id: string, kind: Place['kind'], industries: string[], regionGroup: Place['regionGroup'], catalog?: Pick<CatalogInfo, 'level' | 'type'>) =>
  ({ id, kind, industries, regionGroup, catalog }) as Place;

const places = [
  place('zone', 'pilot-zone', ['lab_animals', 'tcm'], 'guangxi'),
  place('park', 'park', ['pharma_manufacturing_general'], 'guangxi'),
  place('base', 'base', ['tcm'], 'hebei'),
  place('project', 'signed-project', ['digital_smart_health'], 'guangxi'),
  place('fujian', 'region', [], 'fujian'),
  place('airport', 'reference-point', [], 'fujian'),
  place('dz-national', 'dev-zone', ['biologics'], 'guangdong', { level: 'national', type: 'hitech' }),
  place('dz-provincial', 'dev-zone', ['tcm'], 'hebei', { level: 'provincial', type: 'edz' }),
];

/** What MapLibre itself decides for the map feature of a place. */
function mapMatches(p: Place, filter: PlaceFilter): boolean {
  const compiled = featureFilter(filterExpression(filter), 'layers[0].filter');
  const properties = {
    id: p.id,
    kind: p.kind,
    regionGroup: p.regionGroup ?? '',
    industries: p.industries.length ? `|${p.industries.join('|')}|` : '',
    zoneLevel: p.catalog?.level ?? '',
    zoneType: p.catalog?.type ?? '',
  };
  return compiled.filter({ zoom: 5 } as never, { type: 1, properties, geometry: [] } as never);
}

/** A tool's clause, given both ways as a tool must: here "not in Guangxi" over place and feature. */
const notGuangxi: FilterClause = {
  id: 'test-not-guangxi',
  predicate: (p) => p.regionGroup !== 'guangxi',
  expression: ['!=', ['get', 'regionGroup'], 'guangxi'],
};
const notBase: FilterClause = { id: 'test-not-base', predicate: (p) => p.kind !== 'base', expression: ['!=', ['get', 'kind'], 'base'] };

const filters: [string, PlaceFilter][] = [
  ['no filter', NO_FILTER],
  ['tcm', { ...NO_FILTER, industries: ['tcm'] }],
  ['tcm or devices', { ...NO_FILTER, industries: ['tcm', 'medical_devices'] }],
  ['hebei', { ...NO_FILTER, regions: ['hebei'] }],
  ['guangxi parks only', { ...NO_FILTER, regions: ['guangxi'], layers: ['parks-bases'] }],
  ['no layers', { ...NO_FILTER, layers: [] }],
  ['national zones', { ...NO_FILTER, zoneLevels: ['national'] }],
  ['provincial EDZs with tcm', { ...NO_FILTER, zoneLevels: ['provincial'], zoneTypes: ['edz'], industries: ['tcm'] }],
  ['a tool clause', { ...NO_FILTER, extra: [notGuangxi] }],
  ['tcm and two tool clauses', { ...NO_FILTER, industries: ['tcm'], extra: [notGuangxi, notBase] }],
];

describe('place filter', () => {
  it.each(filters)('list predicate and MapLibre expression agree (%s)', (_, filter) => {
    for (const p of places) expect(mapMatches(p, filter), `${p.id}`).toBe(matchesFilter(p, filter));
  });

  // The pipeline's map features are what this test is about (what every clause reads must be on them).
  describe('on the real data as the pipeline builds it, per GeoJSON layer', () => {
    const data = withCatalog(loadData());
    const atlas = buildAtlas(data.files, data.taxonomy, data.sources);
    const cases = [...filters.map(([, f]) => f), { ...NO_FILTER, regions: ['guangdong', 'fujian'], zoneTypes: ['hitech'] }];
    it.each([
      ['points', atlas.map.points.features],
      ['footprints', atlas.map.footprints.features],
    ] as const)('%s drawn = places listed', (_, features) => {
      expect(features.length).toBeGreaterThan(0);
      const onLayer = new Set(features.map((f) => f.properties.id));
      for (const filter of cases) {
        const compiled = featureFilter(filterExpression(filter), 'layers[0].filter');
        const drawn = features.filter((f) => compiled.filter({ zoom: 5 } as never, { type: 1, properties: f.properties, geometry: [] } as never)).map((f) => f.properties.id);
        expect(drawn).toEqual(atlas.places.filter((p) => onLayer.has(p.id) && matchesFilter(p, filter)).map((p) => p.id));
      }
    });
  });

  it('level and type filters keep catalogue zones of those kinds and every place outside the catalogue', () => {
    const ids = places.filter((p) => matchesFilter(p, { ...NO_FILTER, zoneLevels: ['national'] })).map((p) => p.id);
    expect(ids).toEqual(['zone', 'park', 'base', 'project', 'fujian', 'airport', 'dz-national']);
  });

  it('an industry filter keeps only places with any of the industries', () => {
    const ids = places.filter((p) => matchesFilter(p, { ...NO_FILTER, industries: ['tcm'] })).map((p) => p.id);
    expect(ids).toEqual(['zone', 'base', 'dz-provincial']);
  });

  it('tcm does not match a code that merely contains it', () => {
    expect(mapMatches(place('x', 'base', ['tcm_like'], 'hebei'), { ...NO_FILTER, industries: ['tcm'] })).toBe(false);
  });

  it('a tool clause narrows both sides alike', () => {
    const ids = places.filter((p) => matchesFilter(p, { ...NO_FILTER, extra: [notGuangxi, notBase] })).map((p) => p.id);
    expect(ids).toEqual(['fujian', 'airport', 'dz-national', 'dz-provincial']);
    expect(places.filter((p) => mapMatches(p, { ...NO_FILTER, extra: [notGuangxi, notBase] })).map((p) => p.id)).toEqual(ids);
  });

  it('tool clauses apply to the industry counts too', () => {
    expect(industryCounts(places as Place[], { ...NO_FILTER, extra: [notGuangxi] }).get('tcm')).toBe(2);
  });

  it('counts industries among places passing the other filters', () => {
    const counts = industryCounts(places as Place[], { ...NO_FILTER, regions: ['guangxi'], industries: ['tcm'] });
    expect(counts.get('tcm')).toBe(1);
    expect(counts.get('digital_smart_health')).toBe(1);
    expect(counts.has('medical_devices')).toBe(false);
  });
});
