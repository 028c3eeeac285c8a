import { createExpression, featureFilter, validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type * as MapLibre from 'maplibre-gl';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import {
  aggregateColour,
  aggregateCount,
  aggregateFilter,
  applySitesTileFilter,
  pmtilesUrl,
  registerPmtilesProtocol,
  SITES_TILE_LAYER_IDS,
  SITES_TILE_SOURCE,
  siteFilter,
  sitesTileLayers,
  sitesTileSource,
  type ProtocolHost,
  type SitesTileFilter,
} from './pmtiles-source.ts';

// Compile-time check (tsc / svelte-check): the maplibre-gl module itself can register the protocol.
export const maplibreIsAProtocolHost = (m: typeof MapLibre): ProtocolHost => m;

const colour: ExpressionSpecification = ['match', ['get', 'primaryIndustry'], 'tcm', '#DDCC77', 'biologics', '#CC6677', '#4B5563'];

const site = { id: 's1', kind: 'base', industries: '|tcm|biologics|', primaryIndustry: 'tcm', nameZh: '甲', nameEn: 'A', geometryKind: 'point-at-site' };
const facility = { ...site, id: 's2', kind: 'facility', industries: '|medical_devices|', primaryIndustry: 'medical_devices' };
const aggregate = { count: 10, industries: '|tcm|chemical_pharma|', primaryIndustry: 'tcm', n_tcm: 7, n_chemical_pharma: 4, k_base: 9, k_facility: 1 };

const passes = (filter: FilterSpecification, properties: object): boolean =>
  featureFilter(filter, 'filter').filter({ zoom: 10 } as never, { type: 1, properties, geometry: [] } as never);

function evaluate(expression: ExpressionSpecification, properties: object): unknown {
  const parsed = createExpression(expression, 'test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 } as never, { type: 1, properties, geometry: [] } as never);
}

describe('sitesTileSource', () => {
  it('points a vector source at the archive through pmtiles://, absolute', () => {
    expect(sitesTileSource('https://cdn.example.org/tiles/sites.pmtiles')).toEqual({
      type: 'vector',
      url: 'pmtiles://https://cdn.example.org/tiles/sites.pmtiles',
      promoteId: 'id',
    });
    expect(sitesTileSource('tiles/sites.pmtiles', { base: 'https://host.example/atlas/index.html', attribution: 'x' })).toEqual({
      type: 'vector',
      url: 'pmtiles://https://host.example/atlas/tiles/sites.pmtiles',
      promoteId: 'id',
      attribution: 'x',
    });
    expect(pmtilesUrl('pmtiles://https://a.example/b.pmtiles')).toBe('pmtiles://https://a.example/b.pmtiles');
  });
});

describe('registerPmtilesProtocol', () => {
  it('adds the protocol once per MapLibre module', () => {
    const host = { addProtocol: vi.fn() };
    const p1 = registerPmtilesProtocol(host);
    const p2 = registerPmtilesProtocol(host);
    expect(p1).toBe(p2);
    expect(host.addProtocol).toHaveBeenCalledTimes(1);
    expect(host.addProtocol).toHaveBeenCalledWith('pmtiles', p1.tile);
  });

  it('is one registry for a namespace import and a default import of the same module', () => {
    const addProtocol = vi.fn();
    // `import * as maplibregl` and `import maplibregl` give different objects with the same functions.
    const p1 = registerPmtilesProtocol({ addProtocol });
    const p2 = registerPmtilesProtocol({ addProtocol });
    expect(p2).toBe(p1);
    expect(addProtocol).toHaveBeenCalledTimes(1);
  });
});

describe('sitesTileLayers', () => {
  const filters: SitesTileFilter[] = [{}, { industries: ['tcm'] }, { industries: ['tcm', 'biologics'], kinds: ['base'] }, { kinds: ['facility'] }];

  it.each(filters)('is a valid style with its source (%j)', (filter) => {
    const style: StyleSpecification = {
      version: 8,
      sources: { [SITES_TILE_SOURCE]: sitesTileSource('https://example.org/sites.pmtiles') },
      layers: sitesTileLayers(colour, { filter }),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws sites in one layer and aggregates in the other', () => {
    const [agg, pts] = sitesTileLayers(colour);
    expect(agg.id).toBe(SITES_TILE_LAYER_IDS.aggregate);
    expect(pts.id).toBe(SITES_TILE_LAYER_IDS.site);
    expect(agg['source-layer']).toBe('sites');
    expect(passes(pts.filter!, site)).toBe(true);
    expect(passes(pts.filter!, aggregate)).toBe(false);
    expect(passes(agg.filter!, aggregate)).toBe(true);
    expect(passes(agg.filter!, site)).toBe(false);
    expect(agg.paint!['circle-color']).toEqual(colour);
  });

  it('filters sites by industry and kind like the app filter', () => {
    expect(passes(siteFilter({ industries: ['tcm'] }), site)).toBe(true);
    expect(passes(siteFilter({ industries: ['biologics'] }), site)).toBe(true);
    expect(passes(siteFilter({ industries: ['medical_devices'] }), site)).toBe(false);
    expect(passes(siteFilter({ industries: ['medical_devices', 'tcm'] }), facility)).toBe(true);
    expect(passes(siteFilter({ kinds: ['base'] }), facility)).toBe(false);
    expect(passes(siteFilter({ kinds: ['base'], industries: ['tcm'] }), site)).toBe(true);
  });

  it('counts and filters aggregates by their per-industry and per-kind counts', () => {
    expect(evaluate(aggregateCount(), aggregate)).toBe(10);
    expect(evaluate(aggregateCount({ industries: ['tcm'] }), aggregate)).toBe(7);
    expect(evaluate(aggregateCount({ industries: ['tcm', 'chemical_pharma'] }), aggregate)).toBe(11); // upper bound
    expect(evaluate(aggregateCount({ industries: ['biologics'] }), aggregate)).toBe(0);
    expect(evaluate(aggregateCount({ kinds: ['facility'] }), aggregate)).toBe(1);
    expect(evaluate(aggregateCount({ industries: ['tcm'], kinds: ['facility'] }), aggregate)).toBe(1);
    expect(passes(aggregateFilter({ industries: ['biologics'] }), aggregate)).toBe(false);
    expect(passes(aggregateFilter({ industries: ['biologics', 'tcm'] }), aggregate)).toBe(true);
  });

  it('paints filtered aggregates in the selected industry with most sites', () => {
    const colourOf = (code: string) => ({ tcm: '#DDCC77', chemical_pharma: '#117733', biologics: '#CC6677' })[code] ?? '#000000';
    expect(aggregateColour(colour, {}, colourOf)).toBe(colour);
    expect(aggregateColour(colour, { industries: ['tcm'] })).toBe(colour);
    expect(aggregateColour(colour, { industries: ['chemical_pharma'] }, colourOf)).toBe('#117733');
    const three = aggregateColour(colour, { industries: ['biologics', 'chemical_pharma', 'tcm'] }, colourOf) as ExpressionSpecification;
    expect(evaluate(['to-string', three] as ExpressionSpecification, aggregate)).toBe('#DDCC77'); // n_tcm 7 > n_chemical_pharma 4
    expect(evaluate(['to-string', three] as ExpressionSpecification, { ...aggregate, n_chemical_pharma: 9 })).toBe('#117733');
    const style: StyleSpecification = {
      version: 8,
      sources: { [SITES_TILE_SOURCE]: sitesTileSource('https://example.org/sites.pmtiles') },
      layers: sitesTileLayers(colour, { filter: { industries: ['biologics', 'tcm'] }, colourOf }),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('re-filters a live map in place', () => {
    const map = { setFilter: vi.fn(), setPaintProperty: vi.fn(), setLayoutProperty: vi.fn() };
    applySitesTileFilter(map, { industries: ['tcm'] });
    expect(map.setFilter).toHaveBeenCalledWith(SITES_TILE_LAYER_IDS.site, siteFilter({ industries: ['tcm'] }));
    expect(map.setFilter).toHaveBeenCalledWith(SITES_TILE_LAYER_IDS.aggregate, aggregateFilter({ industries: ['tcm'] }));
    expect(map.setPaintProperty).toHaveBeenCalledWith(SITES_TILE_LAYER_IDS.aggregate, 'circle-radius', expect.anything());
  });
});

describe('region filter on tiles', () => {
  it('keeps sites of the listed regions, drops sites without a region group', () => {
    expect(passes(siteFilter({ regions: ['fujian'] }), { ...site, regionGroup: 'fujian' })).toBe(true);
    expect(passes(siteFilter({ regions: ['fujian'] }), { ...site, regionGroup: 'hebei' })).toBe(false);
    expect(passes(siteFilter({ regions: ['fujian'] }), site)).toBe(false);
    expect(passes(siteFilter({}), site)).toBe(true);
  });
  it('hides aggregates under a region filter (they keep no per-region counts)', () => {
    expect(passes(aggregateFilter({ regions: ['fujian'] }), aggregate)).toBe(false);
    expect(passes(aggregateFilter({}), aggregate)).toBe(true);
  });
});

