/**
 * The host-page helper for an embedded atlas iframe (built as `embed/connect.js`):
 *
 *   import { connect } from 'https://atlas.example/embed/connect.js';
 *   const atlas = connect(document.querySelector('iframe'), { autoHeight: true });
 *   await atlas.ready;
 *   atlas.select('fcg-pilot-zone');
 *   atlas.on('select', ({ id }) => …);
 *
 * Messages are sent to the iframe's origin only, and only messages from that iframe's window and
 * origin are listened to.
 */
import { PROTOCOL_PREFIX, PROTOCOL_VERSION, type EventPayloads } from './protocol.ts';

export type { EventPayloads };

export interface AtlasConnection {
  /** Resolves with the atlas's state when it is ready. */
  readonly ready: Promise<EventPayloads['ready']>;
  select(id: string | null): void;
  /** Any filter fields (`industries`, `regions`, `layers`, `levels`, `zoneTypes`, `near`, …): see README. */
  setFilter(filter: { industries?: string[]; regions?: string[]; [field: string]: unknown }): void;
  setLang(lang: 'zh' | 'en'): void;
  flyTo(view: { center: [number, number]; zoom?: number }): void;
  on<K extends keyof EventPayloads>(event: K, listener: (detail: EventPayloads[K]) => void): () => void;
  /** Stops listening. */
  destroy(): void;
}

export function connect(iframe: HTMLIFrameElement, options: { origin?: string; autoHeight?: boolean } = {}): AtlasConnection {
  const win = iframe.ownerDocument.defaultView ?? window;
  const origin = options.origin ?? new URL(iframe.src, iframe.ownerDocument.baseURI).origin;
  const listeners = new Map<string, Set<(detail: never) => void>>();
  let resolveReady!: (state: EventPayloads['ready']) => void;
  const ready = new Promise<EventPayloads['ready']>((resolve) => (resolveReady = resolve));

  function onmessage(event: MessageEvent) {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const data = event.data as { type?: unknown; version?: unknown } | null;
    if (typeof data !== 'object' || data === null || typeof data.type !== 'string' || !data.type.startsWith(PROTOCOL_PREFIX) || data.version !== PROTOCOL_VERSION) return;
    const verb = data.type.slice(PROTOCOL_PREFIX.length);
    const { type: _type, version: _version, ...detail } = data as Record<string, unknown>;
    if (verb === 'ready') resolveReady(detail as EventPayloads['ready']);
    if (verb === 'resize' && options.autoHeight && typeof detail.height === 'number' && detail.height > 0) iframe.style.height = `${Math.round(detail.height)}px`;
    for (const listener of listeners.get(verb) ?? []) listener(detail as never);
  }
  win.addEventListener('message', onmessage);

  const send = (verb: string, fields: Record<string, unknown>) => iframe.contentWindow?.postMessage({ type: `${PROTOCOL_PREFIX}${verb}`, version: PROTOCOL_VERSION, ...fields }, origin);

  return {
    ready,
    select: (id) => send('select', { id }),
    setFilter: (filter) => send('filter', { ...filter }),
    setLang: (lang) => send('lang', { lang }),
    flyTo: (view) => send('fly', { ...view }),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (detail: never) => void);
      return () => set.delete(listener as (detail: never) => void);
    },
    destroy: () => win.removeEventListener('message', onmessage),
  };
}

/** Frames marked `data-medpark-atlas-auto-height` follow the atlas's height without a line of script. */
export const AUTO_HEIGHT_ATTRIBUTE = 'data-medpark-atlas-auto-height';
if (typeof document !== 'undefined') {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${AUTO_HEIGHT_ATTRIBUTE}]`)) connect(frame, { autoHeight: true });
}
