/**
 * The embed module's URL parameters: `embed=1` (minimal chrome for a box of any size) and
 * `origins=` (the pages, besides the atlas's own origin, allowed to drive an embedded atlas by
 * postMessage). Defined once here; bound by the embed tool, read by the bridge before the data is in.
 */
import { listParam, type UrlParam } from '../lib/url/url-param.ts';

/** `embed=1`: the compact layout for iframes and boxes. */
export const EMBED_PARAM: UrlParam<boolean> = {
  key: 'embed',
  initial: false,
  frameOnly: true,
  parse: (raw) =>
    raw === '1' || raw === 'true' ? { value: true, warnings: [] } : raw === '0' || raw === 'false' ? { value: false, warnings: [] } : { value: false, warnings: [`ignored embed=${raw.slice(0, 20)} (use embed=1)`] },
  format: (on) => (on ? '1' : null),
};

/**
 * An origin as the browser reports it in `MessageEvent.origin`: scheme, host and port only
 * (`https://portal.example`), or null when `raw` is not one.
 */
export function normaliseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Only a bare origin: a path or query means someone misunderstood the parameter.
    if (raw.replace(/\/$/, '') !== url.origin) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** `origins=https://a.example,https://b.example`: pages allowed to send commands. */
export const ORIGINS_PARAM = listParam('origins', { frameOnly: true, urlOnly: true, valid: (v) => normaliseOrigin(v) !== null });

/** The allow-list: the atlas's own origin, the build's (`VITE_EMBED_ORIGINS`) and the URL's. */
export function allowedOrigins(self: string, fromUrl: readonly string[], fromBuild: string | undefined): string[] {
  const build = (fromBuild ?? '').split(/[\s,]+/).filter(Boolean);
  const origins = [self, ...build, ...fromUrl].map(normaliseOrigin).filter((o): o is string => o !== null);
  return [...new Set(origins)];
}
