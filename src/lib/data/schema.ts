/**
 * The one validator of place data, shared by the pipeline (`npm run data:check`, the build) and any
 * in-app import. It reports every problem as `file: feature <id or #index>: reason` and never throws
 * on bad input.
 */
import { isFeature } from 'geojson-validation';
import { computeArea, declaredAreaKm2, SCHEMATIC_AREA_TOLERANCE_PERCENT } from '../geo/area.ts';
import { isPlaceId } from './place-id.ts';
import {
  CONFIDENCES,
  FEATURE_KINDS,
  FIGURE_BASES,
  FIGURE_KINDS,
  FIGURE_QUALIFIERS,
  FIGURE_UNITS,
  GEOMETRY_KINDS,
  INDUSTRY_HOST_KINDS,
  PLACE_STATUSES,
  type FeatureKind,
  type Figure,
  type FigureQualifier,
  type PublicSource,
  REFERENCE_KINDS,
  REGION_LEVELS,
  type PlaceFeature,
  type SourceRef,
} from './types.ts';

export interface Problem {
  file: string;
  /** Feature id, or `#index` when the feature has no usable id; absent for file-level problems. */
  feature?: string;
  reason: string;
}

/** `file: feature <id>: reason`, the one format every check prints. */
export function formatProblem(p: Problem): string {
  return p.feature === undefined ? `${p.file}: ${p.reason}` : `${p.file}: feature ${p.feature}: ${p.reason}`;
}

/** What cross-references are checked against. */
export interface ValidationContext {
  industryCodes: ReadonlySet<string>;
  publicSourceIds: ReadonlySet<string>;
  /** Seed file name → its text with whitespace runs collapsed to one space. */
  seedTexts: ReadonlyMap<string, string>;
}

/** Files above this size are refused before parsing (the real data is a few hundred kB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Collapses whitespace runs so quotes survive line wrapping. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parses a data file's text, refusing empty, oversized and non-JSON input with one clear line.
 * @param byteLength size of the file in bytes (checked before parsing)
 * @param maxBytes larger limit for generated benchmark sets
 */
export function parseDataFile(file: string, text: string, byteLength: number, maxBytes = MAX_FILE_BYTES): ParseResult {
  const sizeProblem = checkFileSize(file, byteLength, maxBytes);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  if (text.trim() === '') return fail(file, 'file holds only whitespace');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return fail(file, `not valid JSON (${(error as Error).message})`);
  }
}

/** Refuses empty and oversized files before anything reads them. */
export function checkFileSize(file: string, byteLength: number, maxBytes = MAX_FILE_BYTES): Problem | null {
  if (byteLength === 0) return { file, reason: 'empty file (0 bytes)' };
  if (byteLength > maxBytes)
    return { file, reason: `file too large (${(byteLength / 1048576).toFixed(1)} MB, limit ${maxBytes / 1048576} MB)` };
  return null;
}

function fail(file: string, reason: string): ParseResult {
  return { ok: false, problem: { file, reason } };
}

export interface FileResult {
  file: string;
  /** Features whose own checks passed (cross-file checks may still fail). */
  features: PlaceFeature[];
  problems: Problem[];
}

/** Checks one parsed file: RFC 7946 and the property schema of each feature. */
export function validateFile(file: string, value: unknown, ctx: ValidationContext): FileResult {
  const problems: Problem[] = [];
  const features: PlaceFeature[] = [];
  if (!isRecord(value)) {
    problems.push({ file, reason: `top-level value must be a GeoJSON FeatureCollection object, got ${describe(value)}` });
    return { file, features, problems };
  }
  if (value.type !== 'FeatureCollection') {
    problems.push({ file, reason: `top-level type must be "FeatureCollection", got ${describe(value.type)}` });
    return { file, features, problems };
  }
  if (!Array.isArray(value.features)) {
    problems.push({ file, reason: '"features" must be an array' });
    return { file, features, problems };
  }
  if (value.features.length === 0) problems.push({ file, reason: 'FeatureCollection has no features' });
  value.features.forEach((candidate: unknown, index: number) => {
    const label = featureLabel(candidate, index);
    const reasons = [...checkGeoJson(candidate), ...checkProperties(candidate, ctx)];
    for (const reason of reasons) problems.push({ file, feature: label, reason });
    if (reasons.length === 0) features.push(candidate as PlaceFeature);
  });
  return { file, features, problems };
}

function featureLabel(candidate: unknown, index: number): string {
  const id = isRecord(candidate) && isRecord(candidate.properties) ? candidate.properties.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

/**
 * RFC 7946 structure (geojson-validation), plus the checks it lacks: ranges, closed rings, types we draw.
 * Also the geometry check of the planner's file import (one validator for data and user files).
 */
export function checkGeoJson(candidate: unknown): string[] {
  if (!isRecord(candidate)) return [`must be a GeoJSON Feature object, got ${describe(candidate)}`];
  const geometry = candidate.geometry;
  // geojson-validation throws on empty rings; check the shape it assumes first.
  if (isRecord(geometry) && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (!Array.isArray(polygons) || !polygons.every((p) => Array.isArray(p) && p.every((r) => Array.isArray(r) && r.length > 0)))
      return ['polygon coordinates must be non-empty arrays of rings'];
  }
  let reasons: string[];
  try {
    reasons = isFeature(candidate, true).map((r) => `not valid GeoJSON: ${r}`);
  } catch (error) {
    return [`not valid GeoJSON: ${(error as Error).message}`];
  }
  if (reasons.length) return reasons;
  if (!isRecord(geometry)) return ['geometry is missing: every place is drawn (use a proxy-point when the site is unknown)'];
  if (!['Point', 'Polygon', 'MultiPolygon'].includes(geometry.type as string))
    return [`geometry type ${String(geometry.type)} is not used by places (Point, Polygon or MultiPolygon)`];
  for (const [lon, lat] of positions(geometry as unknown as PlaceFeature['geometry'])) {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
      return [`coordinate [${lon}, ${lat}] out of range (lon −180…180, lat −90…90; is it [lat, lon]?)`];
  }
  return [];
}

function positions(geometry: PlaceFeature['geometry']): number[][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}


function checkProperties(candidate: unknown, ctx: ValidationContext): string[] {
  if (!isRecord(candidate) || !isRecord(candidate.properties)) return ['properties must be an object'];
  const p = candidate.properties;
  const out: string[] = [];
  if (typeof p.id !== 'string' || !isPlaceId(p.id)) out.push(`id must be a lowercase slug (a-z, 0-9, -), got ${describe(p.id)}`);
  if (!FEATURE_KINDS.includes(p.kind as never)) out.push(`kind must be one of ${FEATURE_KINDS.join(', ')}; got ${describe(p.kind)}`);
  if (!(p.parent === null || (typeof p.parent === 'string' && p.parent !== '')))
    out.push('parent must be a place id or null');
  // A catalogue zone's province is catalog.province; its parent is null outside the seed provinces.
  // A national reference point (data/reference/) stands alone: it serves no one place.
  if (p.kind !== 'region' && p.kind !== 'dev-zone' && p.kind !== 'reference-point' && p.parent === null) out.push(`a ${String(p.kind)} needs a parent`);
  if (p.kind === 'dev-zone' && (!isRecord(p.catalog) || !nonEmpty(p.catalog.code) || !nonEmpty(p.catalog.province)))
    out.push('a dev-zone needs catalog {code, province, …}');

  const name = p.name;
  if (!isRecord(name)) out.push('name must be an object {zh, en, zhStatus}');
  else {
    if (!nonEmpty(name.zh)) out.push('name.zh is required');
    if (!nonEmpty(name.en)) out.push('name.en is required');
    if (!['verified', 'unverified', 'candidate'].includes(name.zhStatus as string))
      out.push('name.zhStatus must be verified, unverified or candidate');
    if (name.seed !== undefined && !nonEmpty(name.seed)) out.push('name.seed, when present, must be a non-empty string');
  }

  if (!Array.isArray(p.industries)) out.push('industries must be an array of taxonomy codes');
  else {
    for (const code of p.industries)
      if (!ctx.industryCodes.has(code as string)) out.push(`unknown industry code ${describe(code)}`);
    if (p.industries.length === 0 && INDUSTRY_HOST_KINDS.includes(p.kind as FeatureKind))
      out.push(`a ${String(p.kind)} must name at least one industry code (without one it vanishes under every industry filter)`);
  }

  if (!Array.isArray(p.figures)) out.push('figures must be an array');
  else p.figures.forEach((f, i) => out.push(...checkFigure(f, i, ctx)));

  if (!Array.isArray(p.statements)) out.push('statements must be an array');
  else
    p.statements.forEach((s, i) => {
      if (!isRecord(s) || !isRecord(s.text) || !nonEmpty(s.text.zh) || !nonEmpty(s.text.en))
        out.push(`statements[${i}] needs text {zh, en}`);
      else out.push(...checkSource(s.source, `statements[${i}].source`, ctx));
    });

  if (!Array.isArray(p.sources) || p.sources.length === 0) out.push('sources must list at least one source');
  else p.sources.forEach((s, i) => out.push(...checkSource(s, `sources[${i}]`, ctx)));

  out.push(...checkGeometryInfo(p.geometry, candidate.geometry, ctx, p.kind));

  if (p.kind === 'region' && !REGION_LEVELS.includes(p.regionLevel as never))
    out.push(`a region needs regionLevel (${REGION_LEVELS.join(', ')})`);
  if (p.kind === 'reference-point') {
    const r = p.reference;
    if (!isRecord(r) || !REFERENCE_KINDS.includes(r.kind as never) || !Array.isArray(r.serves))
      out.push(`a reference-point needs reference {kind: ${REFERENCE_KINDS.join('|')}, serves: [ids]}`);
  }
  if (p.kind === 'signed-project') {
    const pr = p.project;
    if (!isRecord(pr) || !isRecord(pr.origin) || !nonEmpty(pr.signedAt) || typeof pr.listIndex !== 'number')
      out.push('a signed-project needs project {origin, originBasis, listIndex, signedAt, event}');
  }
  if (isRecord(name) && name.zhStatus === 'candidate' && p.identity === undefined)
    out.push('a candidate name is an inferred identity: add identity {note, candidates} so the panel says so');
  if (p.status !== undefined && !PLACE_STATUSES.includes(p.status as never))
    out.push(`status must be one of ${PLACE_STATUSES.join(', ')}`);
  if (p.status !== undefined) out.push(...checkSource(p.statusSource, 'statusSource', ctx));
  if ((p.status === 'planned' || p.status === 'under-construction') && Array.isArray(p.figures))
    p.figures.forEach((f, i) => {
      if (isRecord(f) && f.basis === 'actual' && (f.kind === 'revenue' || f.kind === 'output' || f.kind === 'count'))
        out.push(
          `figures[${i}]: a place that is ${String(p.status)} cannot carry an actual ${String(f.kind)} figure; it describes an operating industry or enterprise: attach it to that, with its scope`,
        );
    });
  if (p.identity !== undefined) {
    const idt = p.identity;
    if (!isRecord(idt) || !nonEmpty(idt.note) || !Array.isArray(idt.candidates) || idt.candidates.length === 0)
      out.push('identity needs a note and at least one candidate');
    else if (!nonEmpty(idt.noteZh)) out.push('identity needs noteZh, the note in Chinese (the Chinese panel shows it)');
  }
  if (isRecord(name) && name.correction !== undefined && !nonEmpty(name.correctionZh))
    out.push('name.correction needs name.correctionZh, the same in Chinese (the Chinese panel shows it)');
  return out;
}

function checkFigure(f: unknown, i: number, ctx: ValidationContext): string[] {
  const at = `figures[${i}]`;
  if (!isRecord(f)) return [`${at} must be an object`];
  const out: string[] = [];
  if (!FIGURE_KINDS.includes(f.kind as never)) out.push(`${at}.kind must be one of ${FIGURE_KINDS.join(', ')}`);
  if (!nonEmpty(f.metric)) out.push(`${at}.metric is required`);
  if (!isRecord(f.label) || !nonEmpty(f.label.zh) || !nonEmpty(f.label.en)) out.push(`${at}.label needs {zh, en}`);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value)) out.push(`${at}.value must be a finite number`);
  if (!FIGURE_UNITS.includes(f.unit as never)) out.push(`${at}.unit must be one of ${FIGURE_UNITS.join(', ')}`);
  if (f.year !== undefined && !(Number.isInteger(f.year) && (f.year as number) > 1900 && (f.year as number) < 2100))
    out.push(`${at}.year must be a year`);
  if (f.qualifier !== undefined && !FIGURE_QUALIFIERS.includes(f.qualifier as never))
    out.push(`${at}.qualifier must be one of ${FIGURE_QUALIFIERS.join(', ')}`);
  if (!isRecord(f.scope) || !nonEmpty(f.scope.zh) || !nonEmpty(f.scope.en))
    out.push(`${at}.scope {zh, en} must say what the number counts over (place, industry, cluster)`);
  if (!FIGURE_BASES.includes(f.basis as never)) out.push(`${at}.basis must be one of ${FIGURE_BASES.join(', ')}`);
  else if (f.kind === 'target' && f.basis !== 'target') out.push(`${at}: a target figure needs basis "target"`);
  else if (f.kind === 'area' && f.basis === 'target') out.push(`${at}: an area is planned or actual, not a target`);
  if (f.scopeNote !== undefined && (!isRecord(f.scopeNote) || !nonEmpty(f.scopeNote.zh) || !nonEmpty(f.scopeNote.en)))
    out.push(`${at}.scopeNote needs {zh, en}`);
  out.push(...checkSource(f.source, `${at}.source`, ctx));
  if (isRecord(f.source) && typeof f.source.quote === 'string') {
    const worded = qualifierInQuote(f.source.quote);
    const declared = (f.qualifier as FigureQualifier | undefined) ?? null;
    if (worded !== declared)
      out.push(
        `${at}: the quote words the number as ${worded ?? 'exact'} but the figure says ${declared ?? 'exact'} ("${truncate(f.source.quote)}")`,
      );
  }
  const quotesText = isRecord(f.source) && ('seed' in f.source || /^pub-\d+$/.test(String(f.source.pub)));
  if (quotesText && isRecord(f.source) && typeof f.source.quote === 'string' && typeof f.value === 'number') {
    // The quote of a seed or page must carry the number itself, so a figure cannot cite a text for a number it does
    // not state. Dataset citations (the catalogue) quote a row key instead, and are exempt.
    const stated = numbersInQuote(f.source.quote);
    if (!stated.some((n) => Math.abs(n - (f.value as number)) <= 1e-9 * Math.max(1, Math.abs(n))))
      out.push(`${at}: the quote does not state the value ${f.value} in any written form ("${truncate(f.source.quote)}")`);
  }
  return out;
}

const MULTIPLIERS: Record<string, number> = {
  万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千亿: 1e11, 千億: 1e11, 百亿: 1e10, 百億: 1e10,
  thousand: 1e3, million: 1e6, billion: 1e9,
};

/**
 * Every number a quoted clause states, with its multiplier applied: 126.48亿 is 12648000000,
 * 1.1万余 is 11000, "7.479 billion" is 7479000000, 2,798.65 is 2798.65, and a bare 千亿 is 1e11.
 */
export function numbersInQuote(quote: string): number[] {
  const out: number[] = [];
  const q = quote.toLowerCase();
  for (const m of q.matchAll(/(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[多余]?\s*(千亿|千億|百亿|百億|万|萬|亿|億|thousand|million|billion)?/g)) {
    const n = Number(m[1].replace(/,/g, ''));
    out.push(m[2] ? n * MULTIPLIERS[m[2]] : n);
  }
  for (const m of q.matchAll(/(?<![\d.])(千亿|千億|百亿|百億)/g)) out.push(MULTIPLIERS[m[1]]);
  return out;
}

/**
 * The qualifier a quoted clause gives its number: 近16亿 is `nearly`, 突破1257亿/1.1万余只/500多亿 is
 * `exceeds`, 约 is `about`. Null when the clause states the number plainly. Quotes that back a figure
 * are kept to the clause of that one number, so a marker belongs to it.
 */
export function qualifierInQuote(quote: string): FigureQualifier | null {
  const q = quote.toLowerCase();
  if (/近\s*[\d一二两三四五六七八九十百千万]|接近|\bnearly\b|\balmost\b|\bclose to\b/.test(q)) return 'nearly';
  if (/最高|不超过|\bup to\b/.test(q)) return 'up-to';
  if (/不少于|至少|\bat least\b/.test(q)) return 'at-least';
  if (/突破|超过|超出|[\d万亿千百十]\s*余|[\d万亿千百十]\s*多|逾|以上|>|\bexceed(s|ed|ing)?\b|\bmore than\b|\b(over|above)\s+\d/.test(q))
    return 'exceeds';
  // 约 only before a number: 签约/约定 are not "about".
  if (/约\s*[\d一二两三四五六七八九十百千万]|左右|~|≈|\babout\b|\bapproximately\b|\baround\b/.test(q)) return 'about';
  return null;
}

function checkSource(s: unknown, at: string, ctx: ValidationContext): string[] {
  if (!isRecord(s)) return [`${at} must be a source {seed, quote} | {pub} | {estimate}`];
  if ('seed' in s) {
    const text = ctx.seedTexts.get(s.seed as string);
    if (text === undefined) return [`${at}: unknown seed file ${describe(s.seed)}`];
    if (!nonEmpty(s.quote)) return [`${at}: a seed source needs the quoted sentence`];
    if (!text.includes(normaliseText(s.quote as string)))
      return [`${at}: quote not found in seed ${String(s.seed)}: "${truncate(s.quote as string)}"`];
    return [];
  }
  if ('pub' in s) return ctx.publicSourceIds.has(s.pub as string) ? [] : [`${at}: unknown public source ${describe(s.pub)}`];
  if ('estimate' in s) {
    if (!nonEmpty(s.estimate)) return [`${at}: an estimate must say how it was made`];
    return nonEmpty(s.estimateZh) ? [] : [`${at}: an estimate needs estimateZh, the same in Chinese (the Chinese panel shows it)`];
  }
  return [`${at} must have seed, pub or estimate`];
}

/** Kinds whose declared area may be drawn as a schematic footprint. */
const FOOTPRINT_KINDS: readonly FeatureKind[] = ['region', 'pilot-zone', 'park'];

function checkGeometryInfo(info: unknown, geometry: unknown, ctx: ValidationContext, kind: unknown): string[] {
  if (!isRecord(info)) return ['geometry info (properties.geometry) must say what the shape is: {kind, confidence, method, sources}'];
  const out: string[] = [];
  if (!GEOMETRY_KINDS.includes(info.kind as never))
    out.push(`geometry.kind must be one of ${GEOMETRY_KINDS.join(', ')}; got ${describe(info.kind)}`);
  if (!CONFIDENCES.includes(info.confidence as never)) out.push(`geometry.confidence must be one of ${CONFIDENCES.join(', ')}`);
  if (!nonEmpty(info.method)) out.push('geometry.method must say how the coordinates were obtained');
  if (!nonEmpty(info.methodZh)) out.push('geometry.methodZh must say the same in Chinese (the Chinese panel shows it)');
  if (info.note !== undefined && !nonEmpty(info.noteZh)) out.push('geometry.note needs geometry.noteZh, the same in Chinese (the Chinese panel shows it)');
  if (!Array.isArray(info.sources) || info.sources.length === 0) out.push('geometry.sources must list at least one source');
  else {
    info.sources.forEach((s, i) => out.push(...checkSource(s, `geometry.sources[${i}]`, ctx)));
    const cited = info.sources.some((s) => isRecord(s) && ('pub' in s || 'seed' in s));
    if (info.confidence === 'sourced' && !cited)
      out.push('geometry.confidence "sourced" needs a cited source (pub or seed) for the coordinate; an unnamed dataset is an estimate');
    if (info.kind === 'point-at-site' && (info.confidence !== 'sourced' || !cited))
      out.push('a point-at-site claims a site from a cited source; an estimated location is point-estimate');
  }
  const type = isRecord(geometry) ? geometry.type : undefined;
  const isArea = type === 'Polygon' || type === 'MultiPolygon';
  if (info.kind === 'schematic-equal-area' && !isArea) out.push('a schematic-equal-area geometry must be a Polygon');
  if (isArea && info.kind !== 'schematic-equal-area' && info.kind !== 'digitised')
    out.push(`a polygon must be schematic-equal-area or digitised, not ${String(info.kind)}`);
  if (info.kind === 'proxy-point' && !nonEmpty(info.proxyOf)) out.push('a proxy-point must name the place it stands at (geometry.proxyOf)');
  if (info.anchor !== undefined && !isLonLat(info.anchor)) out.push('geometry.anchor must be [lon, lat]');
  if (isArea && info.anchor === undefined) out.push('a footprint needs geometry.anchor (its centre, used for the label)');
  if (info.kind === 'schematic-equal-area' && !FOOTPRINT_KINDS.includes(kind as FeatureKind))
    out.push(
      `a ${String(kind)} is a sub-area: a schematic footprint belongs to the zone or park whose area the source declares (${FOOTPRINT_KINDS.join(', ')})`,
    );
  return out;
}

export interface LoadedFile {
  file: string;
  features: PlaceFeature[];
}

/** Checks that need every file: unique ids, parents, references, proxy anchors, footprint areas. */
export function validateAcrossFiles(files: readonly LoadedFile[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, { file: string; feature: PlaceFeature }>();
  for (const { file, features } of files)
    for (const feature of features) {
      const id = feature.properties.id;
      const seen = byId.get(id);
      if (seen) problems.push({ file, feature: id, reason: `duplicate id (also in ${seen.file})` });
      else byId.set(id, { file, feature });
    }
  for (const { file, features } of files)
    for (const feature of features) {
      const p = feature.properties;
      const report = (reason: string) => problems.push({ file, feature: p.id, reason });
      if (p.parent !== null && !byId.has(p.parent)) report(`parent ${p.parent} does not exist`);
      if (hasCycle(p.id, byId)) report('parent chain loops back to itself');
      if (p.geometry.proxyOf && !byId.has(p.geometry.proxyOf)) report(`geometry.proxyOf ${p.geometry.proxyOf} does not exist`);
      for (const served of p.reference?.serves ?? []) if (!byId.has(served)) report(`reference.serves ${served} does not exist`);
      if (p.geometry.kind === 'schematic-equal-area') {
        const declared = declaredAreaKm2(p.figures);
        if (declared === null) report('a schematic-equal-area footprint needs a declared area figure (kind area, metric planned-area)');
        else {
          const area = computeArea(feature.geometry, declared);
          const delta = area?.deltaPercent ?? 0;
          if (Math.abs(delta) > SCHEMATIC_AREA_TOLERANCE_PERCENT)
            report(
              `footprint area ${area!.computedKm2.toFixed(3)} km² differs from declared ${declared} km² by ${delta.toFixed(2)} % (limit ±${SCHEMATIC_AREA_TOLERANCE_PERCENT} %)`,
            );
        }
      }
    }
  problems.push(...checkTargetsAgainstAncestors(files, byId));
  return problems;
}

/**
 * A target of a place above the same-unit target of a place that contains it (Xiamen's >150 bn vs
 * Fujian's 120 bn) reads as an error unless the figure explains the difference in scope.
 */
function checkTargetsAgainstAncestors(files: readonly LoadedFile[], byId: Map<string, { file: string; feature: PlaceFeature }>): Problem[] {
  const problems: Problem[] = [];
  const targets = (p: PlaceFeature['properties']) => (p.figures as Figure[]).filter((f) => f.basis === 'target');
  for (const { file, features } of files)
    for (const feature of features) {
      const p = feature.properties;
      const seen = new Set<string>([p.id]);
      for (let up = p.parent; up !== null && !seen.has(up); up = byId.get(up)?.feature.properties.parent ?? null) {
        seen.add(up);
        const ancestor = byId.get(up)?.feature.properties;
        if (!ancestor) break;
        targets(p).forEach((f) => {
          const i = p.figures.indexOf(f);
          for (const g of targets(ancestor))
            if (g.unit === f.unit && f.value > g.value && f.scopeNote === undefined)
              problems.push({
                file,
                feature: p.id,
                reason: `figures[${i}]: target ${f.value} ${f.unit} exceeds the target ${g.value} ${g.unit} of ${ancestor.id}, which contains it; explain the difference in scope (scopeNote)`,
              });
        });
      }
    }
  return problems;
}

/**
 * Checks `data/sources.json` rows: every page names its publisher and the publisher's domain; a
 * page on any other host is a copy and must say so (`archiveCopy: true`).
 */
export function validateSources(file: string, rows: unknown[]): Problem[] {
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const label = isRecord(row) && nonEmpty(row.id) ? row.id : `#${i}`;
    const report = (reason: string) => problems.push({ file, feature: label, reason });
    if (!isRecord(row) || !nonEmpty(row.id) || !nonEmpty(row.url) || !nonEmpty(row.title)) return report('each source needs id, url and title');
    const src = row as unknown as PublicSource;
    if (!isRecord(row.publisher) || !nonEmpty(row.publisher.zh) || !nonEmpty(row.publisher.en))
      return report('publisher {zh, en} must name who published the text');
    if (!nonEmpty(row.publisherSite)) {
      // A copy whose publisher is not named cannot point at the original; it must say it is a copy.
      if (row.archiveCopy !== true) report("publisherSite must give the publisher's own domain (or mark the page archiveCopy: true)");
      return;
    }
    let host: string;
    try {
      host = new URL(src.url).hostname.toLowerCase();
    } catch {
      return report(`url is not a valid address: ${describe(src.url)}`);
    }
    const site = src.publisherSite.toLowerCase();
    const onPublisherSite = host === site || host.endsWith(`.${site}`);
    if (!onPublisherSite && src.archiveCopy !== true)
      report(`url host ${host} is not the publisher's site ${site}: cite the publisher's page, or mark this a copy (archiveCopy: true)`);
    if (onPublisherSite && src.archiveCopy === true) report(`archiveCopy is set but url is on the publisher's site ${site}`);
  });
  return problems;
}

function hasCycle(start: string, byId: Map<string, { feature: PlaceFeature }>): boolean {
  const seen = new Set<string>();
  let current: string | null = start;
  while (current !== null) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = byId.get(current)?.feature.properties.parent ?? null;
  }
  return false;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function isLonLat(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(truncate(v));
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export type { SourceRef };
