/**
 * Investors: filter sites by distance to transport, star a shortlist, compare it with every figure's
 * source, and take it away (CSV, GeoJSON, map PNG, printed dossier).
 */
import { untrack } from 'svelte';
import { getHost } from '../host/host.ts';
import type { AtlasTool } from '../tools/tool.ts';
import { usePlaceActions } from '../tools/place-actions.svelte.ts';
import { InvestorState, setInvestorState } from './investor-state.svelte.ts';
import type { UrlParam } from '../url/url-param.ts';
import { CLAUSE_ID, NEAR_PARAM, nearClause, type NearCondition } from './near.ts';
import { HIDE_REFERENCE_PARAM, referenceKindClause, REFERENCE_CLAUSE_ID } from './reference-kinds.ts';
import { SHORTLIST_PARAM } from './shortlist.ts';
import { INVESTOR_STRINGS } from './strings.ts';

export const INVESTOR_TOOL_ID = 'investor';

/** `near=` is part of the filter (setFilter, the filter event) as `near`: [{kind, km}]. */
const NEAR = { ...NEAR_PARAM, filterField: 'near' } satisfies UrlParam<NearCondition[]>;

export const investorTool: AtlasTool = {
  id: INVESTOR_TOOL_ID,
  label: INVESTOR_STRINGS.tool,
  params: [NEAR, SHORTLIST_PARAM, HIDE_REFERENCE_PARAM] as UrlParam<never>[],
  setup({ state, url }) {
    const investor = setInvestorState(new InvestorState(state, getHost().storage));
    url.bind(NEAR, () => investor.near, (near) => (investor.near = near));
    // No `shortlist=` in the URL: the stored one (if any) comes back.
    url.bind(SHORTLIST_PARAM, () => investor.shortlist, (ids) => (investor.shortlist = ids ?? investor.storedShortlist()));

    // The near conditions reach list and map as one clause of the core filter; "clear filters" clears them.
    $effect(() => {
      const clause = nearClause(investor.near, investor.proximity, state.catalogue.places, () => (investor.near = []));
      untrack(() => state.filters.setClause(CLAUSE_ID, clause));
    });
    url.bind(HIDE_REFERENCE_PARAM, () => investor.hiddenReference, (kinds) => (investor.hiddenReference = kinds));
    // Hidden reference kinds likewise; "clear filters" shows them all again.
    $effect(() => {
      const clause = referenceKindClause(investor.hiddenReference, state.catalogue.places, () => (investor.hiddenReference = []));
      untrack(() => state.filters.setClause(REFERENCE_CLAUSE_ID, clause));
    });
    $effect(() => {
      void investor.shortlist;
      // Not before the URL (or storage) has been applied: the empty start would erase the stored list.
      if (url.started) untrack(() => investor.persist());
    });

    const actions = usePlaceActions();
    $effect(() =>
      actions.register({
        id: 'investor-star',
        label: (lang, place) => `${INVESTOR_STRINGS[investor.has(place.id) ? 'unstar' : 'star'][lang]}: ${place.name[lang]}`,
        icon: (place) => (investor.has(place.id) ? '★' : '☆'),
        pressed: (place) => investor.has(place.id),
        run: (place) => investor.toggle(place.id),
      }),
    );
  },
  // Loaded when first needed: the first map does not wait for them.
  MapChild: { load: () => import('./InvestorMap.svelte') },
  Panel: { load: () => import('./InvestorPanel.svelte') },
};
