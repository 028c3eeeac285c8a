/**
 * `<medpark-atlas>`: the atlas as a custom element (built as `embed/medpark-atlas.js`).
 *
 *   <script type="module" src="https://atlas.example/embed/medpark-atlas.js"></script>
 *   <medpark-atlas lang="en" industry="tcm" select="fcg-pilot-zone" style="height: 480px"></medpark-atlas>
 *
 * Attributes mirror the URL parameters and are reactive (they write the instance's in-memory URL and
 * the URL registry re-applies it); `view="zoom/lat/lng"` is the URL hash; the compact embed layout
 * is on unless `embed="0"`; `base` is where data,
 * basemap and worker come from (default: the folder above this module). Events `ready`, `select`,
 * `filterchange`, `viewchange` (with `detail`); methods `select(id)`, `setFilter({industries,
 * regions})`, `setLang(lang)`, `flyTo({center, zoom})`. Everything lives in a shadow root: the host's
 * styles do not reach in, the atlas's do not leak out; MapLibre's CSS is adopted into that root.
 */
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { embeddedHost, READY_EVENT } from '../lib/host/host.ts';
import type { AtlasFilter, AtlasInstanceApi, AtlasView } from '../lib/host/instance-api.ts';
import { memoryUrlStore, type MemoryUrlStore } from '../lib/host/url-store.ts';
import { mountAtlas } from '../lib/host/mount.ts';
import { defaultLang } from '../lib/i18n/strings.ts';
import { parseHash } from '../lib/state/url-state.ts';
import { writeParam } from '../lib/url/url-param.ts';
import type { Lang } from '../lib/data/types.ts';
import { ELEMENT_ATTRIBUTES } from '../atlas-tools.ts';
import { EMBED_PARAM } from './embed-params.ts';

/** The element's own box: isolated from the host's inherited styles, a size even when the host gives none. */
const HOST_CSS = `
:host { all: initial; display: block; position: relative; height: 480px; contain: strict; font-family: 'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif; color: #1f2937; background: #f8fafc; font-size: 16px; line-height: normal; }
:host([hidden]) { display: none; }
.mount { position: absolute; inset: 0; }
`;

let sheets: CSSStyleSheet[] | null = null;
/** Constructable sheets, shared by every element on the page (no inline <style>: fine under a strict style-src too). */
function styleSheets(): CSSStyleSheet[] {
  if (!sheets) {
    sheets = [maplibreCss, HOST_CSS].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  return sheets;
}

/** Where the built app (data/, basemap/) is: the folder above embed/. */
const DEFAULT_BASE = new URL(/* @vite-ignore */ '../', import.meta.url).href;
const EVENT_NAMES = { select: 'select', filter: 'filterchange', view: 'viewchange' } as const;

/** The attribute's value as the URL's: `embed` is on unless `embed="0"`; an empty attribute is none. */
function rawValue(key: string, value: string | null): string | null {
  if (key === EMBED_PARAM.key) return EMBED_PARAM.format(value !== '0' && value !== 'false');
  return value === '' ? null : value;
}

function searchFromAttributes(element: HTMLElement): string {
  return ELEMENT_ATTRIBUTES.reduce((search, key) => writeParam(search, key, rawValue(key, element.getAttribute(key))), '');
}

export class MedparkAtlasElement extends HTMLElement {
  static observedAttributes = [...ELEMENT_ATTRIBUTES, 'view'];

  readonly #root: ShadowRoot;
  #store: MemoryUrlStore | null = null;
  #instance: { destroy(): void } | null = null;
  #api: AtlasInstanceApi | null = null;
  #waiting: ((api: AtlasInstanceApi) => void)[] = [];
  #unsubscribe: (() => void)[] = [];

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = styleSheets();
  }

  /** The instance API once the map is ready (null before). */
  get atlas(): AtlasInstanceApi | null {
    return this.#api;
  }

  /** Resolves with the instance API when the map is ready. */
  whenReady(): Promise<AtlasInstanceApi> {
    return this.#api ? Promise.resolve(this.#api) : new Promise((resolve) => this.#waiting.push(resolve));
  }

  connectedCallback(): void {
    if (this.#instance) return;
    const mount = document.createElement('div');
    mount.className = 'mount';
    this.#root.replaceChildren(mount);
    const view = this.getAttribute('view');
    this.#store = memoryUrlStore({ search: searchFromAttributes(this), hash: view ? `#${view}` : '' });
    const base = this.getAttribute('base') ? new URL(this.getAttribute('base')!, document.baseURI).href : DEFAULT_BASE;
    const host = embeddedHost(window, mount, { assetBase: base, fallbackLang: defaultLang(navigator.language), url: this.#store });
    mount.addEventListener(READY_EVENT, (event) => {
      // The instance's own event: do not let it reach the host page as well as ours.
      event.stopPropagation();
      this.#ready((event as CustomEvent<AtlasInstanceApi>).detail);
    });
    this.#instance = mountAtlas(mount, host);
  }

  disconnectedCallback(): void {
    for (const off of this.#unsubscribe.splice(0)) off();
    this.#instance?.destroy();
    this.#instance = null;
    this.#api = null;
    this.#store = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.#store || old === value) return;
    if (name === 'view') {
      const parsed = parseHash(value ?? '');
      if (parsed.value && this.#api) this.#api.flyTo({ center: [parsed.value.lng, parsed.value.lat], zoom: parsed.value.zoom });
      return;
    }
    // Only this key changes; the registry re-applies the URL to the state (and checks it against the data).
    this.#store.set({ search: writeParam(this.#store.read().search, name, rawValue(name, value)) });
  }

  #ready(api: AtlasInstanceApi): void {
    this.#api = api;
    for (const [from, to] of Object.entries(EVENT_NAMES) as [keyof typeof EVENT_NAMES, string][]) {
      this.#unsubscribe.push(api.on(from, (detail) => this.dispatchEvent(new CustomEvent(to, { detail }))));
    }
    for (const resolve of this.#waiting.splice(0)) resolve(api);
    this.dispatchEvent(new CustomEvent('ready', { detail: { view: api.view() } }));
  }

  // The element's methods: each waits for the map, so a host may call them right after creating it.
  async select(id: string | null): Promise<boolean> {
    return (await this.whenReady()).select(id);
  }
  async setFilter(filter: Partial<AtlasFilter>): Promise<AtlasFilter> {
    return (await this.whenReady()).setFilter(filter);
  }
  async setLang(lang: Lang): Promise<boolean> {
    return (await this.whenReady()).setLang(lang);
  }
  async flyTo(view: { center: [number, number]; zoom?: number }): Promise<boolean> {
    return (await this.whenReady()).flyTo(view);
  }
  /** The current camera, or null before the map is ready. */
  get view(): AtlasView | null {
    return this.#api?.view() ?? null;
  }
}

if (!customElements.get('medpark-atlas')) customElements.define('medpark-atlas', MedparkAtlasElement);

declare global {
  interface HTMLElementTagNameMap {
    'medpark-atlas': MedparkAtlasElement;
  }
}
