/**
 * The URL parameters of one atlas instance, each bound to the state that owns it. A binding applies
 * the URL to the state at once (and again on back/forward) and writes the state's changes back,
 * touching only its own key: a host's `utm_*` or `embed=1` survives every change.
 * Call `bind` during component initialisation (it creates an effect).
 */
import { createContext, untrack } from 'svelte';
import type { UrlStore } from '../host/url-store.ts';
import { readParam, writeParam, type UrlParam, type UrlVocabulary } from './url-param.ts';

export class UrlRegistry {
  // Keys are claimed during initialisation, never observed: a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #params = new Map<string, UrlParam<unknown>>();
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
   */
  constructor(store: UrlStore, vocabulary: () => UrlVocabulary, warn: (message: string) => void, options: { deferred?: boolean } = {}) {
    this.#store = store;
    this.#vocabulary = vocabulary;
    this.#warn = warn;
    this.#started = !options.deferred;
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
    const apply = () => set(this.read(param));
    if (untrack(() => this.#started)) apply();
    this.#appliers.push(apply);
    $effect(() => {
      if (!this.#started) return;
      const raw = param.format(get());
      untrack(() => {
        const current = this.#store.read().search;
        const next = writeParam(current, param.key, raw);
        if (next !== current) this.#store.write({ search: next }, param.history ?? 'replace');
      });
    });
  }

  /** Re-applies the URL to every binding when it changes from outside (back/forward). */
  listen(): () => void {
    return this.#store.subscribe(() => {
      if (this.#started) for (const apply of this.#appliers) apply();
    });
  }
}

/** The instance's URL registry (tools bind their parameters with it), by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getUrlRegistry, setUrlRegistry] = createContext<UrlRegistry>();
