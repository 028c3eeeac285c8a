/**
 * Catalogue information on a place: what 《中国开发区审核公告目录（2018年版）》 (China Development Zone
 * Audit Announcement Catalogue, 2018) says about a development zone. See data/catalog/README.md.
 */
import type { LocalizedText } from './types.ts';

export const ZONE_LEVELS = ['national', 'provincial'] as const;
/** national = approved by the State Council (国务院); provincial = by the province (省政府). */
export type ZoneLevel = (typeof ZONE_LEVELS)[number];

/** Zone types of the catalogue, by the type digit of the code. */
export const ZONE_TYPES = ['etdz', 'hitech', 'customs', 'border', 'other', 'edz', 'industrial-park'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];

/** How precisely a catalogue zone is placed at a seat (the catalogue gives no location). */
export type ZonePrecision = 'county' | 'prefecture';

/**
 * How precisely a zone's point stands: site and town from a row of the site table (data/catalog/sites/),
 * county and prefecture from such a row or from a seat.
 */
export type PlacementPrecision = 'site' | 'town' | ZonePrecision;

export interface CatalogInfo {
  /** Catalogue code, e.g. G132003 (G national / S provincial, province, type digit, number). */
  code: string;
  level: ZoneLevel;
  type: ZoneType;
  /** The catalogue's type (zh) and its English gloss. */
  typeName: LocalizedText;
  /** Approved (核准) area in hectares, 2018 catalogue. */
  approvedAreaHa: number;
  /** Approval date(s) 'YYYY-MM'; two for the two rows the catalogue gives two dates. */
  approvedOn: string[];
  /** The 主导产业 cell split at 、, exactly as the catalogue gives it. */
  mainIndustriesRaw: string[];
  /** English of each raw term from the reviewed glossary (data/catalog/glossary.tsv); null where it has none. */
  mainIndustriesEn?: (string | null)[];
  /** Taxonomy codes per raw term ([] for a term outside the taxonomy). */
  mainIndustryCodes: string[][];
  /** Province slug (data/provinces.json). */
  province: string;
  /** Pinyin of the zh name without tones, for search. */
  pinyin: string;
  /** The catalogue's own spelling when it is a known misspelling (湽博 for 淄博); the name shown is corrected. */
  printedName?: string;
  /** The en name is generated (glossary + pinyin for proper names), not an official translation. */
  enGenerated: boolean;
  /** Where the official English name comes from, when it is one (data/catalog/names-en.tsv). */
  enSource?: { url: string; title: string; quote: string };
  /** Where the point stands. */
  placement?: {
    precision: PlacementPrecision;
    /** GB/T 2260 code and name of the division whose seat is used (or that the zone's name names). */
    divisionCode?: string;
    division?: LocalizedText;
    /** When a row of the site table places the zone: what the point is, and the cited page and words. */
    site?: {
      what: LocalizedText;
      /** Public source id (`site-<code>`). */
      source: string;
      quote: string;
      /** Set when the zone lies outside its catalogue province (an enclave park): the host province, the place (zh) and why (en). */
      outside?: { province: LocalizedText; place: string; reason: string };
    };
  };
}
