/**
 * Keeps the URL and the app state in step: state changes are written (pushState when the selection
 * changes, so back/forward walk selections; replaceState otherwise), and back/forward are read back.
 * Call during component initialisation.
 */
import type { AtlasData, Lang } from '../data/types.ts';
import type { AtlasState } from './atlas-state.svelte.ts';
import { formatQuery, parseHash, parseQuery, type MapView, type UrlState } from './url-state.ts';

/** Parses location once, warning (never failing) about what it ignores. */
export function readUrl(location: Pick<Location, 'search' | 'hash'>, atlas: AtlasData): { state: UrlState; view: MapView | null } {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup built per parse, not state
  const vocabulary = { industries: new Set(atlas.taxonomy.map((i) => i.code)), placeIds: new Set(atlas.places.map((p) => p.id)) };
  const query = parseQuery(location.search, vocabulary);
  const hash = parseHash(location.hash);
  for (const warning of [...query.warnings, ...hash.warnings]) console.warn(`MedPark Atlas URL: ${warning}`);
  return { state: query.value, view: hash.value };
}

export function syncUrl(app: AtlasState, fallbackLang: Lang): void {
  let lastSelect = app.selectedId;
  $effect(() => {
    const query = formatQuery(app.toUrl());
    const select = app.selectedId;
    if (query === location.search || (query === '' && location.search === '')) return;
    const url = `${location.pathname}${query}${location.hash}`;
    if (select !== lastSelect) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    lastSelect = select;
  });
  $effect(() => {
    const onpopstate = () => {
      const { state } = readUrl(location, app.atlas);
      lastSelect = state.select;
      app.applyUrl(state, fallbackLang);
    };
    window.addEventListener('popstate', onpopstate);
    return () => window.removeEventListener('popstate', onpopstate);
  });
}

/** Writes the map view into the hash without a history entry. */
export function writeViewHash(hash: string): void {
  if (location.hash !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export type { MapView };
