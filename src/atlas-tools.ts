/**
 * The app's tools and, from them, every shareable parameter: the one list the page URL, the
 * `<medpark-atlas>` attributes, the share snippets, the filter events and README's parameter table
 * follow (a unit test walks it against README). A new parameter is one `UrlParam` in its owner's
 * module plus its line in the owner's `params` (a tool) or in `CORE_URL_PARAMS`; binding an
 * undeclared one throws.
 */
import { embedTool } from './embed/embed-tool.ts';
import { investorTool } from './lib/investor/investor-tool.svelte.ts';
import { plannerTools } from './lib/planner/planner-tools.ts';
import { CORE_URL_PARAMS } from './lib/state/core-url.svelte.ts';
import type { AtlasTool } from './lib/tools/tool.ts';
import type { UrlParam } from './lib/url/url-param.ts';

/** Tools: one line each. */
export const ATLAS_TOOLS: readonly AtlasTool[] = [...plannerTools, investorTool, embedTool];

/** Every URL parameter of an instance, core first. */
export const URL_PARAMS: readonly UrlParam<never>[] = [...CORE_URL_PARAMS, ...ATLAS_TOOLS.flatMap((tool) => tool.params ?? [])];

/** The element's attributes: every parameter but the page-URL-only ones. */
export const ELEMENT_ATTRIBUTES: readonly string[] = URL_PARAMS.filter((p) => !p.urlOnly).map((p) => p.key);
