/**
 * A tool of one user group (planner, investor, embed): its own state and URL parameters (set up by
 * `setup`, under its own context key), an optional child of the map, and an optional panel. AtlasApp
 * lists tools and renders their parts in the layout; MapView and the core state know no tool.
 */
import type { Component } from 'svelte';
import type { LocalizedText } from '../data/types.ts';
import type { AtlasState } from '../state/atlas-state.svelte.ts';
import type { UrlParam } from '../url/url-param.ts';
import type { UrlRegistry } from '../url/url-registry.svelte.ts';

export interface ToolSetup {
  state: AtlasState;
  url: UrlRegistry;
}

export interface AtlasTool {
  /** Also the id of its panel in `UiState.active`. */
  id: string;
  /** The header button that opens its panel (none: no button). */
  label?: LocalizedText;
  /**
   * The URL parameters `setup` binds, declared before any instance exists: the element's attributes,
   * the share snippets and README's table follow from them (`URL_PARAMS`, src/atlas-tools.ts).
   */
  params?: readonly UrlParam<never>[];
  /** Creates the tool's state, sets its context and binds its URL parameters (runs in AtlasApp's initialisation). */
  setup?(setup: ToolSetup): void;
  /** Rendered inside MapView (sources, layers, pointer modes), for as long as the instance lives. */
  MapChild?: ToolPart;
  /** Rendered while the tool is the active panel; closes with `onclose`. */
  Panel?: ToolPart<{ onclose: () => void }>;
}

/**
 * A tool's component, or a loader of it: `{ load: () => import('./Panel.svelte') }` puts it in its own
 * chunk, fetched when first shown, so the first map does not wait for tools nobody opened yet.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a part with no props
export type ToolPart<Props extends Record<string, unknown> = {}> = Component<Props> | { load: () => Promise<{ default: Component<Props> }> };
