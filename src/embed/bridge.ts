/**
 * The iframe side of the postMessage protocol (see protocol.ts): commands from the parent page drive
 * the instance API; the instance's events go back to the parent. A command counts only when it comes
 * from the parent window (`event.source === window.parent`) and from an allowed origin; anything else
 * is ignored and logged once per reason. Events go to the parent's origin once known, else to the
 * allowed origins (the browser delivers to the one that matches) — never to "*".
 */
import { INSTANCE_PROPERTY, READY_EVENT } from '../lib/host/host.ts';
import type { AtlasInstanceApi } from '../lib/host/instance-api.ts';
import { readParam } from '../lib/url/url-param.ts';
import { allowedOrigins, ORIGINS_PARAM } from './embed-params.ts';
import { eventMessage, parseCommand, type Command, type EventPayloads } from './protocol.ts';

export interface Bridge {
  /** The origins commands are accepted from. */
  readonly origins: readonly string[];
  close(): void;
}

/** The parent page's origin as far as this frame can know it before any message, or null. */
function knownParentOrigin(win: Window): string | null {
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

export function runCommand(api: AtlasInstanceApi, command: Command): void {
  switch (command.verb) {
    case 'select':
      api.select(command.id);
      break;
    case 'filter':
      api.setFilter(command.filter);
      break;
    case 'lang':
      api.setLang(command.lang);
      break;
    case 'fly':
      api.flyTo(command.view);
      break;
  }
}

/**
 * Connects a framed atlas to its parent page: call once at start with the element the instance mounts
 * into. Does nothing (returns null) when the page is not in a frame.
 */
export function connectParent(win: Window, element: HTMLElement, options: { buildOrigins?: string; warn?: (message: string) => void } = {}): Bridge | null {
  if (win.parent === win) return null;
  const warn = options.warn ?? ((message: string) => console.warn(`MedPark Atlas: ${message}`));
  const fromUrl = readParam(ORIGINS_PARAM, win.location.search, null);
  for (const warning of fromUrl.warnings) warn(`URL: ${warning}`);
  const origins = allowedOrigins(win.location.origin, fromUrl.value, options.buildOrigins);

  const logged = new Set<string>();
  const logOnce = (key: string, message: string) => {
    if (logged.has(key) || logged.size > 100) return;
    logged.add(key);
    warn(message);
  };

  let parentOrigin = knownParentOrigin(win);
  if (parentOrigin && !origins.includes(parentOrigin)) {
    logOnce('parent', `the page around this map (${parentOrigin}) is not among the allowed origins; add it with origins= to exchange messages`);
  }
  const targets = () => (parentOrigin ? (origins.includes(parentOrigin) ? [parentOrigin] : []) : origins);
  function post<K extends keyof EventPayloads>(verb: K, payload: EventPayloads[K]) {
    const message = eventMessage(verb, payload);
    for (const origin of targets()) {
      try {
        win.parent.postMessage(message, origin);
      } catch {
        // A parent that went away, or an origin string the browser rejects: nothing to tell.
      }
    }
  }

  let api: AtlasInstanceApi | null = null;
  const pending: Command[] = [];

  function onmessage(event: MessageEvent) {
    try {
      const parsed = parseCommand(event.data);
      if (!parsed.ok && parsed.foreign) return;
      if (event.source !== win.parent) return logOnce('source', 'ignored a command from a window other than the parent page');
      if (!origins.includes(event.origin)) return logOnce(`origin ${event.origin}`, `ignored a command from ${event.origin}: not an allowed origin (see the origins= parameter)`);
      if (!parsed.ok) return logOnce(`bad ${parsed.reason}`, `ignored a message: ${parsed.reason}`);
      parentOrigin = event.origin;
      if (api) runCommand(api, parsed.command);
      else pending.push(parsed.command);
    } catch (e) {
      logOnce('error', `ignored a message that could not be handled: ${(e as Error).message}`);
    }
  }
  win.addEventListener('message', onmessage);

  const cleanups: (() => void)[] = [];
  function onready(instance: AtlasInstanceApi) {
    if (api) return;
    api = instance;
    cleanups.push(
      instance.on('select', (detail) => post('select', detail)),
      instance.on('filter', (detail) => post('filter', detail)),
      instance.on('view', (detail) => post('view', detail)),
      instance.on('lang', (detail) => post('lang', detail)),
    );
    post('ready', instance.current());
    for (const command of pending.splice(0)) runCommand(instance, command);

    // Auto-height: the height the content needs, whenever it changes.
    const root = win.document.documentElement;
    let lastHeight = -1;
    const report = () => {
      const height = Math.ceil(root.scrollHeight);
      if (height === lastHeight) return;
      lastHeight = height;
      post('resize', { height });
    };
    report();
    const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (Observer) {
      const observer = new Observer(report);
      observer.observe(root);
      cleanups.push(() => observer.disconnect());
    }
  }
  const existing = (element as unknown as Record<string, AtlasInstanceApi | undefined>)[INSTANCE_PROPERTY];
  const onreadyEvent = (event: Event) => onready((event as CustomEvent<AtlasInstanceApi>).detail);
  if (existing) onready(existing);
  else element.addEventListener(READY_EVENT, onreadyEvent);

  return {
    origins,
    close() {
      win.removeEventListener('message', onmessage);
      element.removeEventListener(READY_EVENT, onreadyEvent);
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
