/**
 * One definition per URL parameter: its key, how a raw string becomes a value (syntax, before any data
 * is in), how the value is checked against the data (vocabulary, once the data is in), how it is
 * written back, and its default. The module that owns a parameter defines it; the registry only
 * makes sure no two owners claim one key. Parsing never throws: bad values are dropped with a warning.
 */

/** What the data knows, for the vocabulary pass (unknown ids and codes are dropped). */
export interface UrlVocabulary {
  industries: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

export interface Parsed<T> {
  value: T;
  warnings: string[];
}

export interface UrlParam<T> {
  readonly key: string;
  /** The value when the key is absent (also what `format` leaves out). */
  readonly initial: T;
  /** Syntax pass: needs no data. */
  parse(raw: string): Parsed<T>;
  /** Vocabulary pass: drops what the data does not know. */
  resolve?(value: T, vocabulary: UrlVocabulary): Parsed<T>;
  /** The raw string, or null to leave the key out (the default). */
  format(value: T): string | null;
  /** `push`: a change adds a history entry (back/forward walk it); default `replace`. */
  readonly history?: 'push' | 'replace';
  /**
   * Part of the filter: its name in `setFilter`, the `filter` event and message (`industries`). The
   * value travels as the parsed value; `setFilter` also takes the URL's raw string.
   */
  readonly filterField?: string;
  /** Only for a framed instance (`embed`, `origins`): left out of the "open full map" link. */
  readonly frameOnly?: boolean;
  /** Not an attribute of `<medpark-atlas>` (the element has no page URL to read it from). */
  readonly urlOnly?: boolean;
}

/** The declaration's own options: where the parameter travels besides the page URL. */
export type ParamReach = Pick<UrlParam<unknown>, 'history' | 'filterField' | 'frameOnly' | 'urlOnly'>;

const ok = <T>(value: T): Parsed<T> => ({ value, warnings: [] });
const reach = ({ history, filterField, frameOnly, urlOnly }: ParamReach): ParamReach => ({ history, filterField, frameOnly, urlOnly });

/** A comma-separated list (`industry=tcm,biologics`); the empty list is the default. */
export function listParam(key: string, options: { known?: (value: string, vocabulary: UrlVocabulary) => boolean; valid?: (value: string) => boolean } & ParamReach = {}): UrlParam<string[]> {
  return {
    key,
    initial: [],
    ...reach(options),
    parse(raw) {
      const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
      const bad = options.valid ? values.filter((v) => !options.valid!(v)) : [];
      return { value: values.filter((v) => !bad.includes(v)), warnings: bad.length ? [`ignored malformed ${key} value(s): ${bad.join(', ')}`] : [] };
    },
    resolve: options.known
      ? (values, vocabulary) => {
          const bad = values.filter((v) => !options.known!(v, vocabulary));
          return { value: values.filter((v) => !bad.includes(v)), warnings: bad.length ? [`ignored unknown ${key} value(s): ${bad.join(', ')}`] : [] };
        }
      : undefined,
    format: (values) => (values.length ? values.join(',') : null),
  };
}

/** One value or none (`select=fcg-pilot-zone`). */
export function optionalParam(
  key: string,
  options: { valid?: (raw: string) => string | null; known?: (value: string, vocabulary: UrlVocabulary) => string | null } & ParamReach = {},
): UrlParam<string | null> {
  return {
    key,
    initial: null,
    ...reach(options),
    parse(raw) {
      const problem = options.valid?.(raw) ?? null;
      return problem ? { value: null, warnings: [`ignored ${key}=${raw}: ${problem}`] } : ok(raw);
    },
    resolve: options.known
      ? (value, vocabulary) => {
          if (value === null) return ok(null);
          const problem = options.known!(value, vocabulary);
          return problem ? { value: null, warnings: [`ignored ${key}=${value}: ${problem}`] } : ok(value);
        }
      : undefined,
    format: (value) => value,
  };
}

/** Parses one parameter out of a query string, both passes (`vocabulary` null: syntax only). */
export function readParam<T>(param: UrlParam<T>, search: string, vocabulary: UrlVocabulary | null): Parsed<T> {
  const raw = new URLSearchParams(search).get(param.key);
  if (raw === null) return ok(param.initial);
  const parsed = param.parse(raw);
  if (!vocabulary || !param.resolve) return parsed;
  const resolved = param.resolve(parsed.value, vocabulary);
  return { value: resolved.value, warnings: [...parsed.warnings, ...resolved.warnings] };
}

/**
 * The query string with one key set (or removed, for null), every other key kept as it was, in order.
 * Commas and colons stay readable (`industry=tcm,biologics`, `near=seaport:50`).
 */
export function writeParam(search: string, key: string, raw: string | null): string {
  const params = new URLSearchParams(search);
  if (raw === null) params.delete(key);
  else params.set(key, raw);
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}
