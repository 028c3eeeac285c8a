/**
 * The URL parameters of one atlas instance, each bound to the state that owns it. A binding applies
 * the URL to the state at once (and again on back/forward) and writes the state's changes back,
 * touching only its own key: a host's `utm_*` or `embed=1` survives every change.
 * Call `bind` during component initialisation (it creates an effect).
 */
import { createContext, untrack } from 'svelte';
import type { UrlStore } from '../host/url-store.ts';
import { readParam, writeParam, type UrlParam, type UrlVocabulary } from './url-param.ts';

interface Binding {
  param: UrlParam<unknown>;
  get: () => unknown;
  set: (value: unknown) => void;
}

/** Values as plain data (no state proxies) for events and messages. */
const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

export class UrlRegistry {
  // Keys are claimed during initialisation, never observed: a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #params = new Map<string, UrlParam<unknown>>();
  readonly #bindings: Binding[] = [];
  /** Every key an instance may bind (the app's declaration list); null: any. */
  readonly #declared: ReadonlySet<string> | null;
  /** Bumped on every write and outside change: what `current` depends on. */
  #version = $state(0);
  readonly #appliers: (() => void)[] = [];
  readonly #store: UrlStore;
  readonly #vocabulary: () => UrlVocabulary;
  readonly #warn: (message: string) => void;
  /** Until the data is in, bindings neither apply the URL (ids would look unknown) nor write it. */
  #started = $state(true);
  readonly #afterStart: (() => void)[] = [];

  /**
   * @param vocabulary what the data knows (read when the URL is applied)
   * @param options.deferred wait for `start()` (the data) before applying or writing anything
   * @param options.declared the parameters the app declares (`URL_PARAMS`): binding any other is a wiring mistake
   */
  constructor(store: UrlStore, vocabulary: () => UrlVocabulary, warn: (message: string) => void, options: { deferred?: boolean; declared?: readonly UrlParam<unknown>[] } = {}) {
    this.#store = store;
    this.#vocabulary = vocabulary;
    this.#warn = warn;
    this.#started = !options.deferred;
    // A fixed list, never observed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#declared = options.declared ? new Set(options.declared.map((p) => p.key)) : null;
  }

  /** The URL now (search and hash); reading it tracks every change, by a binding or from outside. */
  get current(): { search: string; hash: string } {
    void this.#version;
    return this.#store.read();
  }

  /** The parameters bound so far, in binding order. */
  get params(): UrlParam<unknown>[] {
    return [...this.#params.values()];
  }

  /** Writes the map view into the hash (`#zoom/lat/lng`, already formatted), keeping the query. */
  writeHash(hash: string): void {
    if (hash === this.#store.read().hash) return;
    this.#store.write({ hash }, 'replace');
    this.#version++;
  }

  /** The filter as plain data: every bound parameter with a `filterField`, by that name. */
  filter(): Record<string, unknown> {
    return Object.fromEntries(this.#bindings.filter((b) => b.param.filterField).map((b) => [b.param.filterField!, plain(b.get())]));
  }

  /**
   * Sets filter fields from untrusted input (a host page's call or message) through each parameter's
   * own parse and vocabulary check, the URL's: a field left out keeps its value, a value is the
   * parsed value (`['tcm']`) or the URL's string (`'tcm'`); what does not check is dropped with a warning.
   * @returns the filter now applied
   */
  applyFilter(input: Record<string, unknown>, warn: (message: string) => void = this.#warn): Record<string, unknown> {
    for (const [field, value] of Object.entries(input)) {
      const binding = this.#bindings.find((b) => b.param.filterField === field);
      if (!binding) {
        warn(`setFilter: no filter field ${JSON.stringify(field).slice(0, 60)} (fields: ${this.#bindings.flatMap((b) => b.param.filterField ?? []).join(', ')})`);
        continue;
      }
      const { param } = binding;
      let raw: string | null;
      try {
        raw = typeof value === 'string' ? value : value === null ? null : param.format(value);
      } catch {
        warn(`setFilter: ${field} is not a value of ${param.key}=`);
        continue;
      }
      if (typeof raw !== 'string' && raw !== null) raw = null;
      const parsed = raw === null ? { value: param.initial, warnings: [] } : param.parse(raw);
      const resolved = param.resolve ? param.resolve(parsed.value, this.#vocabulary()) : { value: parsed.value, warnings: [] };
      for (const warning of [...parsed.warnings, ...resolved.warnings]) warn(`setFilter: ${warning}`);
      binding.set(resolved.value);
    }
    return this.filter();
  }

  get started(): boolean {
    return this.#started;
  }

  /** The data is in: applies the URL to every binding, and from now on writes changes back. */
  start(): void {
    if (this.#started) return;
    for (const apply of this.#appliers) apply();
    this.#started = true;
    for (const run of this.#afterStart.splice(0)) run();
  }

  /** Runs `fn` once the URL has been applied (at once when it has). */
  afterStart(fn: () => void): void {
    if (this.#started) fn();
    else this.#afterStart.push(fn);
  }

  /** Keys owned so far (core and tools). */
  get keys(): string[] {
    return [...this.#params.keys()];
  }

  /** Claims a key; a second claim of one key is a wiring mistake. */
  register<T>(param: UrlParam<T>): void {
    if (this.#params.has(param.key)) throw new Error(`URL parameter "${param.key}" is defined twice`);
    if (this.#declared && !this.#declared.has(param.key)) throw new Error(`URL parameter "${param.key}" is not declared in the app's URL_PARAMS (src/atlas-tools.ts)`);
    this.#params.set(param.key, param as UrlParam<unknown>);
  }

  /** The parameter's current value from the URL (both passes), warnings reported. */
  read<T>(param: UrlParam<T>): T {
    const { value, warnings } = readParam(param, this.#store.read().search, this.#vocabulary());
    for (const warning of warnings) this.#warn(`URL: ${warning}`);
    return value;
  }

  /**
   * Binds a parameter to state: applies the URL now and on back/forward, writes changes back.
   * @param get reads the state (tracked)
   * @param set applies a value from the URL
   */
  bind<T>(param: UrlParam<T>, get: () => T, set: (value: T) => void): void {
    this.register(param);
    this.#bindings.push({ param, get, set } as Binding);
    const apply = () => set(this.read(param));
    if (untrack(() => this.#started)) apply();
    this.#appliers.push(apply);
    $effect(() => {
      if (!this.#started) return;
      const raw = param.format(get());
      untrack(() => {
        const current = this.#store.read().search;
        const next = writeParam(current, param.key, raw);
        if (next !== current) {
          this.#store.write({ search: next }, param.history ?? 'replace');
          this.#version++;
        }
      });
    });
  }

  /** Re-applies the URL to every binding when it changes from outside (back/forward). */
  listen(): () => void {
    return this.#store.subscribe(() => {
      this.#version++;
      if (this.#started) for (const apply of this.#appliers) apply();
    });
  }
}

/** The instance's URL registry (tools bind their parameters with it), by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getUrlRegistry, setUrlRegistry] = createContext<UrlRegistry>();
