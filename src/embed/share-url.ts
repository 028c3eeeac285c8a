/**
 * The current state of an instance as a link and as embed snippets (the Share / Embed dialog and the
 * "open full map" link). Pure functions over strings: every value is escaped for the attribute it
 * lands in, so an id or parameter never becomes markup.
 */
import { writeParam } from '../lib/url/url-param.ts';

/** The app's address with the instance's query and view, without the embed-only keys. */
export function fullMapUrl(appBase: string, search: string, hash: string): string {
  let query = writeParam(search, 'embed', null);
  query = writeParam(query, 'origins', null);
  const url = new URL(appBase);
  url.search = query;
  url.hash = hash;
  return url.href;
}

/** The same, in embed mode. */
export function embedUrl(appBase: string, search: string, hash: string): string {
  const url = new URL(fullMapUrl(appBase, search, hash));
  url.search = writeParam(url.search, 'embed', '1');
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
export function iframeSnippet(appBase: string, search: string, hash: string, options: IframeOptions): string {
  const src = embedUrl(appBase, search, hash);
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

/** The element's attributes for the instance's query (they mirror the URL parameters). */
export const ELEMENT_ATTRIBUTES = ['lang', 'industry', 'region', 'layers', 'select', 'basemap', 'dataset'] as const;

/** A `<medpark-atlas>` snippet with the module it needs. */
export function elementSnippet(appBase: string, search: string, hash: string, options: { height: number }): string {
  const params = new URLSearchParams(search);
  const attributes = ELEMENT_ATTRIBUTES.filter((key) => params.has(key)).map((key) => ` ${key}="${escapeHtml(params.get(key)!)}"`);
  const view = hash.replace(/^#/, '');
  if (view) attributes.push(` view="${escapeHtml(view)}"`);
  const height = Number.isFinite(options.height) && options.height >= 200 ? Math.round(options.height) : 480;
  const module = new URL('embed/medpark-atlas.js', appBase).href;
  return `<script type="module" src="${escapeHtml(module)}"></script>\n<medpark-atlas${attributes.join('')} style="display: block; height: ${height}px"></medpark-atlas>`;
}
