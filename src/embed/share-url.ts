/**
 * The current state of an instance as a link and as embed snippets (the Share / Embed dialog and the
 * "open full map" link). Pure functions over strings: every value is escaped for the attribute it
 * lands in, so an id or parameter never becomes markup.
 */
import { writeParam, type UrlParam } from '../lib/url/url-param.ts';
import { EMBED_PARAM } from './embed-params.ts';

/** What a snippet needs of a parameter: its key and where it travels. */
export type SharedParam = Pick<UrlParam<unknown>, 'key' | 'frameOnly' | 'urlOnly'>;

/**
 * The app's address with the instance's query and view, without the frame-only keys.
 * @param params the instance's parameters (the URL registry's)
 */
export function fullMapUrl(appBase: string, search: string, hash: string, params: readonly SharedParam[]): string {
  const query = params.filter((p) => p.frameOnly).reduce((q, p) => writeParam(q, p.key, null), search);
  const url = new URL(appBase);
  url.search = query;
  url.hash = hash;
  return url.href;
}

/** The same, in embed mode. */
export function embedUrl(appBase: string, search: string, hash: string, params: readonly SharedParam[]): string {
  const url = new URL(fullMapUrl(appBase, search, hash, params));
  url.search = writeParam(url.search, EMBED_PARAM.key, EMBED_PARAM.format(true));
  return url.href;
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface IframeOptions {
  width: string;
  height: number;
  autoHeight: boolean;
  title: string;
}

/** An iframe snippet; with auto-height, the host helper module resizes it from the atlas's `resize` messages. */
export function iframeSnippet(appBase: string, search: string, hash: string, params: readonly SharedParam[], options: IframeOptions): string {
  const src = embedUrl(appBase, search, hash, params);
  // A length (a bare number means pixels); anything else falls back to the full width.
  const raw = options.width.trim();
  const width = /^\d+(\.\d+)?$/.test(raw) ? `${raw}px` : /^\d+(\.\d+)?(px|%)$/.test(raw) ? raw : '100%';
  const height = Number.isFinite(options.height) && options.height >= 200 ? Math.round(options.height) : 480;
  const iframe = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" style="width: ${escapeHtml(width)}; height: ${height}px; border: 0" loading="lazy" allow="fullscreen"></iframe>`;
  if (!options.autoHeight) return iframe;
  // No inline script (hosts with a strict CSP): the helper module connects marked frames on load.
  const connect = new URL('embed/connect.js', appBase).href;
  return `<script type="module" src="${escapeHtml(connect)}"></script>\n${iframe.replace('<iframe ', '<iframe data-medpark-atlas-auto-height ')}`;
}

/**
 * A `<medpark-atlas>` snippet with the module it needs: every parameter in the query as an attribute,
 * but the frame's own (`embed`: the element is compact anyway; `origins`: it takes no messages).
 */
export function elementSnippet(appBase: string, search: string, hash: string, params: readonly SharedParam[], options: { height: number }): string {
  const query = new URLSearchParams(search);
  const attributes = params.filter((p) => !p.urlOnly && !p.frameOnly && query.has(p.key)).map(({ key }) => ` ${key}="${escapeHtml(query.get(key)!)}"`);
  const view = hash.replace(/^#/, '');
  if (view) attributes.push(` view="${escapeHtml(view)}"`);
  const height = Number.isFinite(options.height) && options.height >= 200 ? Math.round(options.height) : 480;
  const module = new URL('embed/medpark-atlas.js', appBase).href;
  return `<script type="module" src="${escapeHtml(module)}"></script>\n<medpark-atlas${attributes.join('')} style="display: block; height: ${height}px"></medpark-atlas>`;
}
