/**
 * The host boundary: everything an atlas instance may know about the page around it. The app never
 * touches `window`, `document`, `history` or document-wide ids directly; it asks its host. A standalone
 * host gives the full-page behaviour (history, title, `<html lang>`); an embedded host gives an
 * in-memory URL and no rights over the document.
 */
import { createContext } from 'svelte';
import type { Lang } from '../data/types.ts';
import { historyUrlStore, memoryUrlStore, type UrlParts, type UrlStore } from './url-store.ts';
import type { AtlasInstanceApi } from './instance-api.ts';

export interface DocumentMeta {
  title: string;
  lang: Lang;
}

/** The part of Web Storage the app uses (tools key their entries by name). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface AtlasHost {
  readonly url: UrlStore;
  /** Where tools keep what outlives a page (a shortlist); null: nothing is kept. */
  readonly storage: KeyValueStorage | null;
  /** Absolute URL the app's assets (data, basemap, tiles) resolve against. */
  readonly assetBase: string;
  /** Language when the URL names none (the browser's, or the embedding page's choice). */
  readonly fallbackLang: Lang;
  /** Sets the document's title and language: the standalone page only; embedded hosts ignore it. */
  setDocumentMeta(meta: DocumentMeta): void;
  /** Hands the instance's API to whoever drives it (tests, the bench, an embedding element). */
  expose(api: AtlasInstanceApi): void;
  /** Whether the user asked for reduced motion. */
  reducedMotion(): boolean;
  /** Where warnings (ignored URL values, ignored messages) go. */
  warn(message: string): void;
}

/** The property of the mount element that holds the instance API (tests and the bench read it there). */
export const INSTANCE_PROPERTY = 'medparkAtlas';
/** The `performance.mark` each instance sets when its map is first idle with its places. */
export const READY_MARK = 'medpark-atlas:ready';
/** The event dispatched on the mount element when the API is exposed. */
export const READY_EVENT = 'medpark-atlas:ready';

function exposeOn(element: HTMLElement): (api: AtlasInstanceApi) => void {
  return (api) => {
    (element as unknown as Record<string, unknown>)[INSTANCE_PROPERTY] = api;
    element.dataset.atlasInstance = '';
    element.dispatchEvent(new CustomEvent(READY_EVENT, { detail: api, bubbles: true, composed: true }));
  };
}

/** The page's localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
function localStorageOf(win: Window): KeyValueStorage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

function prefersReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The full page: browser history, document title and language, assets beside the page. */
export function standaloneHost(win: Window, element: HTMLElement, options: { assetBase: string; fallbackLang: Lang }): AtlasHost {
  return {
    url: historyUrlStore(win),
    storage: localStorageOf(win),
    assetBase: new URL(options.assetBase, win.document.baseURI).href,
    fallbackLang: options.fallbackLang,
    setDocumentMeta(meta) {
      win.document.documentElement.lang = meta.lang === 'zh' ? 'zh-CN' : 'en';
      win.document.title = meta.title;
    },
    expose: exposeOn(element),
    reducedMotion: () => prefersReducedMotion(win),
    warn: (message) => console.warn(`MedPark Atlas: ${message}`),
  };
}

/** An instance inside someone else's page: its URL in memory, the document left alone. */
export function embeddedHost(
  win: Window,
  element: HTMLElement,
  options: { assetBase: string; fallbackLang: Lang; url?: Partial<UrlParts> | UrlStore; storage?: KeyValueStorage | null },
): AtlasHost {
  const url = options.url && 'read' in options.url ? options.url : memoryUrlStore((options.url as Partial<UrlParts> | undefined) ?? {});
  return {
    url,
    // An embedded instance keeps nothing in the host page's storage unless the page hands it some.
    storage: options.storage ?? null,
    assetBase: new URL(options.assetBase, win.document.baseURI).href,
    fallbackLang: options.fallbackLang,
    setDocumentMeta: () => {},
    expose: exposeOn(element),
    reducedMotion: () => prefersReducedMotion(win),
    warn: (message) => console.warn(`MedPark Atlas: ${message}`),
  };
}

/** The instance's host, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getHost, setHost] = createContext<AtlasHost>();
