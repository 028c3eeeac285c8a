/**
 * Portals (the third user group): embed mode (`embed=1`, `origins=`), the "open full map" link, and
 * the Share / Embed dialog. The postMessage bridge (bridge.ts) and the `<medpark-atlas>` element
 * (element.ts) sit outside the instance and drive it through the instance API.
 */
import type { AtlasTool } from '../lib/tools/tool.ts';
import type { UrlParam } from '../lib/url/url-param.ts';
import EmbedChrome from './EmbedChrome.svelte';
import { EMBED_PARAM, ORIGINS_PARAM } from './embed-params.ts';
import { EmbedState, setEmbedState } from './embed-state.svelte.ts';
import { EMBED_STRINGS } from './embed-strings.ts';

export const embedTool: AtlasTool = {
  id: 'share',
  label: EMBED_STRINGS.share,
  params: [EMBED_PARAM, ORIGINS_PARAM] as UrlParam<never>[],
  setup({ url }) {
    const embed = setEmbedState(new EmbedState());
    url.bind(EMBED_PARAM, () => embed.compact, (on) => (embed.compact = on));
    // The bridge reads `origins=` itself at start, before any instance; bound here so the key is owned and kept.
    let origins: string[] = [];
    url.bind(ORIGINS_PARAM, () => origins, (value) => (origins = value));
  },
  MapChild: EmbedChrome,
  Panel: { load: () => import('./SharePanel.svelte') },
};
