/**
 * The postMessage protocol between an embedded atlas (an iframe) and the page around it, version 1.
 * Every message is `{ type: "medpark-atlas:<verb>", version: 1, …fields }`.
 *
 * Commands (page → atlas): select {id}, filter {industries?, regions?, …any filter field}, lang {lang}, fly {center, zoom?}.
 * Events (atlas → page): ready {view, select, filter, lang}, select {id}, filter {every filter field},
 * view {center, zoom}, lang {lang}, resize {height}.
 *
 * Parsing checks shape only (the instance API checks ids and codes against the data) and never throws.
 */
import type { Lang } from '../lib/data/types.ts';
import type { AtlasFilter, AtlasView } from '../lib/host/instance-api.ts';
import { isPlaceId } from '../lib/data/place-id.ts';

export const PROTOCOL_PREFIX = 'medpark-atlas:';
export const PROTOCOL_VERSION = 1;

export type Command =
  | { verb: 'select'; id: string | null }
  | { verb: 'filter'; filter: Partial<AtlasFilter> }
  | { verb: 'lang'; lang: Lang }
  | { verb: 'fly'; view: { center: [number, number]; zoom?: number } };

export interface EventPayloads {
  ready: { view: AtlasView | null; select: string | null; filter: AtlasFilter; lang: Lang };
  select: { id: string | null };
  filter: AtlasFilter;
  view: AtlasView;
  lang: { lang: Lang };
  resize: { height: number };
}

/** Why a message was not a command: `foreign` (not this protocol: ignored silently) or a reason to log. */
export type ParseResult = { ok: true; command: Command } | { ok: false; foreign: boolean; reason: string };

const fail = (reason: string): ParseResult => ({ ok: false, foreign: false, reason });
const MAX_LIST = 200;
const isCode = (v: unknown): v is string => typeof v === 'string' && v.length <= 64;
const isCodeList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST && v.every(isCode);
/** A small record of codes and numbers (`{kind: 'seaport', km: 50}`). */
const isRecord = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).length <= 8 && Object.values(v).every((x) => isCode(x) || (typeof x === 'number' && Number.isFinite(x)));
const isFilterValue = (v: unknown): boolean => (typeof v === 'string' && v.length <= 2000) || isCodeList(v) || (Array.isArray(v) && v.length <= MAX_LIST && v.every(isRecord));

export function parseCommand(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, foreign: true, reason: 'not an object' };
  // Read fields defensively: a getter or a proxy from a hostile page must not throw into the atlas.
  let type: unknown, version: unknown, fields: Record<string, unknown>;
  try {
    fields = data as Record<string, unknown>;
    type = fields.type;
    version = fields.version;
  } catch {
    return fail('unreadable message');
  }
  if (typeof type !== 'string' || !type.startsWith(PROTOCOL_PREFIX)) return { ok: false, foreign: true, reason: 'another protocol' };
  const verb = type.slice(PROTOCOL_PREFIX.length);
  if (version !== PROTOCOL_VERSION) return fail(`${type}: unsupported version ${JSON.stringify(version) ?? 'undefined'} (this atlas speaks version ${PROTOCOL_VERSION})`);
  try {
    switch (verb) {
      case 'select':
        if (fields.id === null || isPlaceId(fields.id)) return { ok: true, command: { verb, id: fields.id } };
        return fail('select: id must be a place id or null');
      case 'filter': {
        // Any filter field the instance declares (the instance checks names and values); here only that each is small plain data.
        const filter: Partial<AtlasFilter> = {};
        for (const key of Object.keys(fields).slice(0, 40)) {
          if (key === 'type' || key === 'version') continue;
          const value = fields[key];
          if (!isFilterValue(value)) return fail(`filter: ${key.slice(0, 40)} must be a list of codes, a list of {field: value} or the URL's string`);
          filter[key] = typeof value === 'string' ? value : JSON.parse(JSON.stringify(value));
        }
        if (Object.keys(filter).length === 0) return fail('filter: give at least one filter field (industries, regions, …)');
        return { ok: true, command: { verb, filter } };
      }
      case 'lang':
        if (fields.lang === 'zh' || fields.lang === 'en') return { ok: true, command: { verb, lang: fields.lang } };
        return fail('lang: lang must be "zh" or "en"');
      case 'fly': {
        const center = fields.center;
        const zoom = fields.zoom;
        if (!Array.isArray(center) || center.length !== 2 || !center.every((n) => typeof n === 'number' && Number.isFinite(n))) return fail('fly: center must be [lng, lat]');
        if (zoom !== undefined && (typeof zoom !== 'number' || !Number.isFinite(zoom))) return fail('fly: zoom must be a number');
        return { ok: true, command: { verb, view: { center: [center[0], center[1]], ...(zoom === undefined ? {} : { zoom }) } } };
      }
      default:
        return fail(`unknown command ${type.slice(0, 60)}`);
    }
  } catch {
    return fail('unreadable message');
  }
}

/** An event message for the page. */
export function eventMessage<K extends keyof EventPayloads>(verb: K, payload: EventPayloads[K]): { type: string; version: number } & EventPayloads[K] {
  return { ...payload, type: `${PROTOCOL_PREFIX}${verb}`, version: PROTOCOL_VERSION };
}
