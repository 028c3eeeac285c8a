/**
 * The planner's tools: compare any footprints (table + shapes at one scale, `compare=` in the URL),
 * measure, import a boundary. They share one PlannerState (set up by the compare tool, listed first)
 * and one child of the map (imports, true-size ghosts, the measurement).
 */
import { getContext, setContext } from 'svelte';
import { STRINGS } from '../i18n/strings.ts';
import type { AtlasTool } from '../tools/tool.ts';
import type { UrlParam } from '../url/url-param.ts';
import { usePlaceActions } from '../tools/place-actions.svelte.ts';
import { openLayerStore, type LayerStore } from './layer-store.ts';
import { COMPARE_PARAM, PlannerState, setPlannerState } from './planner-state.svelte.ts';
import { PLANNER_STRINGS } from './planner-strings.ts';

const STORE_KEY = Symbol('planner-layer-store');

export function getLayerStore(): LayerStore {
  const store = getContext<LayerStore | undefined>(STORE_KEY);
  if (!store) throw new Error('getLayerStore() used outside an atlas instance with the planner tools');
  return store;
}

export const compareTool: AtlasTool = {
  id: 'compare',
  label: STRINGS.compare,
  params: [COMPARE_PARAM] as UrlParam<never>[],
  setup({ state, url }) {
    const planner = setPlannerState(new PlannerState(state.catalogue));
    url.bind(COMPARE_PARAM, () => planner.comparedPlaces, (ids) => planner.setComparedPlaces(ids));
    // A shared link with a comparison opens it.
    url.afterStart(() => planner.compare.length && state.ui.open('compare'));
    const actions = usePlaceActions();
    actions.register({
      id: 'compare',
      icon: () => '⊕',
      text: (lang, place) => `⊕ ${PLANNER_STRINGS[planner.isCompared(place.id) ? 'inCompare' : planner.compareFull ? 'compareFull' : 'addToCompare'][lang]}`,
      applies: (place) => planner.hasFootprint(place.id),
      pressed: (place) => planner.isCompared(place.id),
      label: (lang, place) =>
        PLANNER_STRINGS[planner.isCompared(place.id) ? 'inCompare' : planner.compareFull ? 'compareFull' : 'addToCompare'][lang] + (lang === 'zh' ? `：${place.name.zh}` : `: ${place.name.en}`),
      run: (place) => planner.toggleCompare(place.id),
    });
    actions.register({
      id: 'overlay',
      applies: (place) => planner.hasFootprint(place.id),
      label: (lang) => PLANNER_STRINGS.overlay[lang],
      run: (place) => planner.addGhost(place.id),
    });
    const store = setContext(STORE_KEY, openLayerStore());
    const stored = Promise.all([
      store.all().then((layers) => {
        const known = new Set(planner.imports.map((l) => l.id));
        planner.imports = [...layers.filter((l) => !known.has(l.id)), ...planner.imports];
      }),
      store.workspace(),
    ]).then(([, workspace]) => workspace);
    // Ghosts and the comparison name atlas places, drawn shapes and imports: back once all are in.
    url.afterStart(() => stored.then((workspace) => planner.restore(workspace)));
  },
  // Loaded when first needed: the first map does not wait for them.
  MapChild: { load: () => import('./PlannerMap.svelte') },
  Panel: { load: () => import('./ComparePanel.svelte') },
};

export const measureTool: AtlasTool = { id: 'measure', label: PLANNER_STRINGS.measure, Panel: { load: () => import('./MeasurePanel.svelte') } };
export const importTool: AtlasTool = { id: 'import', label: PLANNER_STRINGS.import, Panel: { load: () => import('./ImportPanel.svelte') } };

/** The planner's tools, in header order (compare first: it sets up the shared state). */
export const plannerTools: AtlasTool[] = [compareTool, measureTool, importTool];
