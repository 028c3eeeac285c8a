/**
 * What an investor takes away: the filtered view, the shortlist or one place as CSV (Excel-ready,
 * one row per place, figures as columns with units in the header) or GeoJSON (RFC 7946, every
 * property and source kept). Pure functions: the panel only hands the bytes to the browser.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasData, Lang, Place, PlaceProperties, PublicSource, SourceRef } from '../data/types.ts';
import { CONFIDENCE_LABELS, GEOMETRY_LABELS, KIND_LABELS } from '../i18n/strings.ts';
import { NEAR_KIND_IDS, type NearKind, type ProximityIndex } from './proximity.ts';
import { INVESTOR_STRINGS, NEAR_LABELS, QUALIFIER_LABELS, UNIT_LABELS } from './strings.ts';

/** What an export holds; also the middle of its file name. */
export type ExportScope = 'filtered' | 'shortlist' | 'map' | { place: string };

/** `medpark-shortlist-2026-12-01.csv`: what it holds and when (the local date). */
export function exportFileName(scope: ExportScope, ext: 'csv' | 'geojson' | 'png', date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const what = typeof scope === 'string' ? scope : scope.place;
  return `medpark-${what}-${day}.${ext}`;
}

/** Spreadsheets run a cell starting with these as a formula (CSV injection): such text is quoted with `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A source as plain text: the seed and its quoted sentence, a page's title and URL, or the estimate. */
export function sourceText(source: SourceRef, sources: readonly PublicSource[]): string {
  if ('seed' in source) return `seed ${source.seed}: “${source.quote}”`;
  if ('pub' in source) {
    const page = sources.find((s) => s.id === source.pub);
    const where = page ? `${page.title} <${page.url}>` : source.pub;
    return source.quote ? `${where}: ${source.quote}` : where;
  }
  return `estimate: ${source.estimate}`;
}

export interface ExportContext {
  atlas: Pick<AtlasData, 'sources' | 'map'> & { regions?: AtlasData['regions'] };
  proximity: ProximityIndex;
  industryLabel(code: string, lang: Lang): string;
  /** A place's name (the nearest reference points are named by it). */
  placeName(id: string, lang: Lang): string;
  regionName(id: string, lang: Lang): string;
}

const BOM = '\uFEFF';

/**
 * One row per place; headers in the UI language. Figures become columns keyed by metric, unit and year
 * (never summed or converted), with a qualifier column where any place's figure is qualified.
 * Starts with a byte-order mark so Excel reads the UTF-8 (Chinese) correctly.
 */
export function placesToCsv(places: readonly Place[], lang: Lang, context: ExportContext): string {
  if (places.length === 0) throw new Error('nothing to export');
  const s = (key: keyof typeof INVESTOR_STRINGS) => INVESTOR_STRINGS[key][lang];
  const zh = lang === 'zh';
  const straight = s('straightLine');

  // Figure columns, in first-seen order.
  const figureColumns = new Map<string, { header: string; qualified: boolean }>();
  for (const place of places)
    for (const f of place.figures) {
      const key = figureKey(f);
      const column = figureColumns.get(key) ?? { header: `${f.label[lang]} [${UNIT_LABELS[f.unit][lang]}${f.year ? `, ${f.year}` : ''}]`, qualified: false };
      column.qualified ||= f.qualifier !== undefined;
      figureColumns.set(key, column);
    }

  const header = [
    'id',
    zh ? '名称' : 'name',
    zh ? '英文名称' : 'name (Chinese)',
    zh ? '类型' : 'kind',
    zh ? '地区' : 'region',
    zh ? '产业' : 'industries',
    zh ? '图形含义' : 'geometry',
    zh ? '可信度' : 'confidence',
    zh ? '经度' : 'longitude',
    zh ? '纬度' : 'latitude',
    ...NEAR_KIND_IDS.flatMap((kind) => [
      `${NEAR_LABELS[kind][lang]}: ${s('distance')} [km, ${straight}]`,
      `${NEAR_LABELS[kind][lang]}: ${s('uncertainty')} [± km]`,
      `${NEAR_LABELS[kind][lang]}: ${s('nearestPoint')}`,
      `${NEAR_LABELS[kind][lang]}: ${s('referenceSet')}`,
    ]),
    s('pointKind'),
    zh ? '公布面积 [平方公里]' : 'declared area [km²]',
    zh ? '图形面积 [平方公里, 计算]' : 'shape area [km², computed]',
    ...[...figureColumns.values()].flatMap((c) => (c.qualified ? [c.header, `${c.header} ${zh ? '限定词' : 'qualifier'}`] : [c.header])),
    s('csvSources'),
  ];

  const rows = places.map((place) => {
    const byKey = new Map(place.figures.map((f) => [figureKey(f), f]));
    const other = zh ? 'en' : 'zh';
    const sources = [...place.sources, ...place.figures.map((f) => f.source)].map((src) => sourceText(src, context.atlas.sources));
    return [
      place.id,
      place.name[lang],
      place.name[other],
      KIND_LABELS[place.kind][lang],
      place.regionGroup ? context.regionName(place.regionGroup, lang) : '',
      place.industries.map((code) => context.industryLabel(code, lang)).join('; '),
      GEOMETRY_LABELS[place.geometry.kind][lang],
      CONFIDENCE_LABELS[place.geometry.confidence][lang],
      place.anchor[0],
      place.anchor[1],
      ...NEAR_KIND_IDS.flatMap((kind) => {
        const m = context.proximity.get(place.id, kind);
        // No number where the reference data does not cover the place: the cells say so, never 0.
        if (!m) return place.kind === 'reference-point' ? ['', '', '', ''] : [s('noDistance'), '', '', ''];
        return [m.km, m.uKm ?? s('uncertaintyUnknown'), `${context.placeName(m.ref, lang)} (${m.ref})`, context.proximity.setLabel(kind, m.set)?.[lang] ?? m.set];
      }),
      place.kind === 'reference-point' ? '' : `${GEOMETRY_LABELS[place.geometry.kind][lang]}${place.geometry.uncertaintyKm ? ` ±${place.geometry.uncertaintyKm} km` : ''}${place.geometry.kind === 'proxy-point' ? ` (${INVESTOR_STRINGS.proxyDistance[lang]})` : ''}`,
      place.area?.declaredKm2 ?? null,
      place.area ? Number(place.area.computedKm2.toFixed(4)) : null,
      ...[...figureColumns.entries()].flatMap(([key, c]) => {
        const f = byKey.get(key);
        const value = f?.value ?? null;
        return c.qualified ? [value, f?.qualifier ? QUALIFIER_LABELS[f.qualifier][lang] : ''] : [value];
      }),
      [...new Set(sources)].join(' | '),
    ].map(escapeCell);
  });
  return BOM + csvFormatRows([header.map(escapeCell), ...rows]);
}

function figureKey(f: Place['figures'][number]): string {
  return `${f.metric}|${f.unit}|${f.year ?? ''}`;
}

/** The properties a data file carries, as the export keeps them (derived fields beside them). */
const PLACE_KEYS: readonly (keyof PlaceProperties)[] = ['id', 'kind', 'parent', 'name', 'industries', 'figures', 'statements', 'sources', 'geometry', 'regionLevel', 'adcode', 'identity', 'project', 'reference'];

export interface ExportedProperties extends PlaceProperties {
  regionGroup: string | null;
  /**
   * Straight-line km from the place's point (proxy points: the parent's) to the nearest transport of
   * each kind, with ± km (null: the point states none), the reference point and set; a kind the
   * reference data does not cover here is left out.
   */
  proximity: Partial<Record<NearKind, { km: number; uncertaintyKm: number | null; measuredFrom: string; reference: string; referenceSet: string }>>;
  computedAreaKm2: number | null;
}

/**
 * The places as an RFC 7946 FeatureCollection: each place's own geometry (footprint or point), its
 * data-file properties unchanged (geometry kind, method and every source kept), plus region,
 * distances and computed area. Only standard members: it validates like a data file.
 */
export function placesToGeoJson(places: readonly Place[], context: ExportContext): FeatureCollection<Point | Polygon | MultiPolygon, ExportedProperties> {
  if (places.length === 0) throw new Error('nothing to export');
  const footprints = new Map(context.atlas.map.footprints.features.map((f) => [f.properties.id, f.geometry]));
  const features = places.map((place): Feature<Point | Polygon | MultiPolygon, ExportedProperties> => {
    const own = Object.fromEntries(PLACE_KEYS.filter((k) => place[k] !== undefined).map((k) => [k, place[k]])) as unknown as PlaceProperties;
    return {
      type: 'Feature',
      geometry: footprints.get(place.id) ?? { type: 'Point', coordinates: [...place.anchor] },
      properties: {
        ...structuredClone(own),
        regionGroup: place.regionGroup,
        proximity: Object.fromEntries(
          NEAR_KIND_IDS.flatMap((kind) => {
            const m = context.proximity.get(place.id, kind);
            return m ? [[kind, { km: m.km, uncertaintyKm: m.uKm, measuredFrom: place.geometry.kind, reference: m.ref, referenceSet: m.set }]] : [];
          }),
        ),
        computedAreaKm2: place.area ? Number(place.area.computedKm2.toFixed(4)) : null,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
