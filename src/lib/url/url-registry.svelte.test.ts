// @vitest-environment happy-dom
// (a DOM environment selects the web transform: modules compile for Svelte's client runtime, whose effects run)
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { memoryUrlStore, type UrlParts, type UrlStore } from '../host/url-store.ts';
import { listParam, optionalParam, type UrlVocabulary } from './url-param.ts';
import { UrlRegistry } from './url-registry.svelte.ts';

const vocabulary: UrlVocabulary = { industries: new Set(['tcm', 'biologics']), placeIds: new Set(['a', 'b']), regions: new Set() };
const INDUSTRY = listParam('industry', { known: (v, vocab) => vocab.industries.has(v) });
const SELECT = optionalParam('select', { history: 'push', known: (v, vocab) => (vocab.placeIds.has(v) ? null : 'no such place') });

/** A memory store that records each write's mode. */
function recordingStore(initial: Partial<UrlParts>) {
  const store = memoryUrlStore(initial);
  const writes: ('push' | 'replace')[] = [];
  const recorded: UrlStore & { set: typeof store.set } = {
    ...store,
    write: (next, mode) => {
      writes.push(mode);
      store.write(next, mode);
    },
  };
  return { store: recorded, writes };
}

/** Runs `body` inside an effect root (bindings create effects), returning the teardown. */
function withRoot(body: () => void): () => void {
  const teardown = $effect.root(body);
  flushSync();
  return teardown;
}

describe('URL registry', () => {
  it('applies the URL to the state at bind time, dropping unknown values with a warning', () => {
    const { store } = recordingStore({ search: '?industry=tcm,nope&utm_source=portal' });
    const warnings: string[] = [];
    const registry = new UrlRegistry(store, () => vocabulary, (m) => warnings.push(m));
    const state = { industries: [] as string[] };
    const stop = withRoot(() => registry.bind(INDUSTRY, () => state.industries, (v) => (state.industries = v)));
    expect(state.industries).toEqual(['tcm']);
    expect(warnings).toEqual(['URL: ignored unknown industry value(s): nope']);
    stop();
  });

  it('writes only its own key: unknown parameters survive every change', () => {
    const { store, writes } = recordingStore({ search: '?utm_source=portal&embed=1&industry=tcm', hash: '#5/20/110' });
    const registry = new UrlRegistry(store, () => vocabulary, () => {});
    const state = $state({ industries: [] as string[], select: null as string | null });
    const stop = withRoot(() => {
      registry.bind(INDUSTRY, () => state.industries, (v) => (state.industries = v));
      registry.bind(SELECT, () => state.select, (v) => (state.select = v));
    });
    expect(writes).toEqual([]);
    state.industries = ['tcm', 'biologics'];
    flushSync();
    expect(store.read()).toEqual({ search: '?utm_source=portal&embed=1&industry=tcm,biologics', hash: '#5/20/110' });
    state.select = 'a';
    flushSync();
    expect(store.read().search).toBe('?utm_source=portal&embed=1&industry=tcm,biologics&select=a');
    state.industries = [];
    flushSync();
    expect(store.read().search).toBe('?utm_source=portal&embed=1&select=a');
    // Selections add history entries, filters replace.
    expect(writes).toEqual(['replace', 'push', 'replace']);
    stop();
  });

  it('re-applies the URL when it changes from outside (back/forward, attributes)', () => {
    const { store, writes } = recordingStore({ search: '?select=a' });
    const registry = new UrlRegistry(store, () => vocabulary, () => {});
    const state = $state({ select: null as string | null });
    const stop = withRoot(() => registry.bind(SELECT, () => state.select, (v) => (state.select = v)));
    const unlisten = registry.listen();
    expect(state.select).toBe('a');
    store.set({ search: '?select=b' });
    flushSync();
    expect(state.select).toBe('b');
    // Applying the URL writes nothing back.
    expect(writes).toEqual([]);
    unlisten();
    stop();
  });

  it('deferred: applies nothing and writes nothing until the data is in, then applies the URL once', () => {
    const { store, writes } = recordingStore({ search: '?select=a&industry=tcm' });
    const registry = new UrlRegistry(store, () => vocabulary, () => {}, { deferred: true });
    const state = $state({ select: null as string | null, industries: [] as string[] });
    const order: string[] = [];
    const stop = withRoot(() => {
      registry.bind(SELECT, () => state.select, (v) => (state.select = v));
      registry.bind(INDUSTRY, () => state.industries, (v) => (state.industries = v));
    });
    registry.afterStart(() => order.push(`after start: ${state.select}`));
    expect(state.select).toBeNull();
    expect(store.read().search).toBe('?select=a&industry=tcm');
    registry.start();
    flushSync();
    expect(state).toEqual({ select: 'a', industries: ['tcm'] });
    expect(order).toEqual(['after start: a']);
    expect(writes).toEqual([]);
    stop();
  });

  it('refuses a second definition of one key', () => {
    const registry = new UrlRegistry(memoryUrlStore(), () => vocabulary, () => {});
    registry.register(INDUSTRY);
    expect(() => registry.register(listParam('industry'))).toThrow(/"industry" is defined twice/);
    expect(registry.keys).toEqual(['industry']);
  });

  it('the filter is every parameter with a filterField; setFilter goes through the same parse and vocabulary check as the URL', () => {
    const { store } = recordingStore({ search: '?industry=tcm' });
    const warnings: string[] = [];
    const registry = new UrlRegistry(store, () => vocabulary, () => {});
    const FILTERED = listParam('industry', { filterField: 'industries', known: (v, vocab) => vocab.industries.has(v) });
    const state = $state({ industries: [] as string[], select: null as string | null });
    const stop = withRoot(() => {
      registry.bind(FILTERED, () => state.industries, (v) => (state.industries = v));
      registry.bind(SELECT, () => state.select, (v) => (state.select = v));
    });
    expect(registry.filter()).toEqual({ industries: ['tcm'] });
    expect(registry.applyFilter({ industries: ['biologics', 'nope'], select: 'a' }, (m) => warnings.push(m))).toEqual({ industries: ['biologics'] });
    expect(state.select).toBeNull();
    expect(warnings).toEqual(['setFilter: ignored unknown industry value(s): nope', 'setFilter: no filter field "select" (fields: industries)']);
    // The URL's own string form is taken too; a value that is not one is dropped, the state kept.
    expect(registry.applyFilter({ industries: 'tcm,biologics' })).toEqual({ industries: ['tcm', 'biologics'] });
    expect(registry.applyFilter({ industries: [{ no: 1 }] as unknown as string[] }, () => {})).toEqual({ industries: [] });
    flushSync();
    expect(registry.current.search).toBe('');
    stop();
  });

  it('refuses to bind a parameter the app does not declare', () => {
    const registry = new UrlRegistry(memoryUrlStore({}), () => vocabulary, () => {}, { declared: [INDUSTRY] });
    expect(() => withRoot(() => registry.bind(SELECT, () => null, () => {}))).toThrow(/not declared/);
  });
});
