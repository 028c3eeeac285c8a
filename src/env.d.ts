/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A MapLibre style URL used instead of the offline basemap (optional). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}
