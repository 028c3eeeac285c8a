/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A MapLibre style URL used instead of the offline basemap (optional). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Origins (comma-separated) allowed to drive an embedded atlas by postMessage, besides its own. */
  readonly VITE_EMBED_ORIGINS?: string;
}
