/**
 * Where an instance keeps its URL. A standalone page keeps it in the browser's location and history;
 * an embedded instance (custom element, a second map on a page) keeps it in memory, so it never
 * touches the host page's history.
 */

export interface UrlParts {
  /** `?a=1&b=2` or '' */
  search: string;
  /** `#…` or '' */
  hash: string;
}

export interface UrlStore {
  read(): UrlParts;
  /**
   * Replaces the given parts. `push` adds a history entry (back/forward walk it); `replace` does not.
   * A write that changes nothing is skipped.
   */
  write(next: Partial<UrlParts>, mode: 'push' | 'replace'): void;
  /** Called when the URL changes from outside the app (back/forward); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const normalise = (part: string, lead: '?' | '#') => (part === lead ? '' : part);

/** The browser's location and history (one per page: only the standalone host uses it). */
export function historyUrlStore(win: Window): UrlStore {
  return {
    read: () => ({ search: normalise(win.location.search, '?'), hash: normalise(win.location.hash, '#') }),
    write(next, mode) {
      const current = this.read();
      const search = next.search ?? current.search;
      const hash = next.hash ?? current.hash;
      if (search === current.search && hash === current.hash) return;
      const url = `${win.location.pathname}${search}${hash}`;
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    },
    subscribe(listener) {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}

/**
 * A URL kept in memory (embedded instances). `set` changes it from outside (attributes, messages) and
 * notifies like back/forward does.
 */
export interface MemoryUrlStore extends UrlStore {
  set(next: Partial<UrlParts>): void;
}

export function memoryUrlStore(initial: Partial<UrlParts> = {}): MemoryUrlStore {
  let parts: UrlParts = { search: normalise(initial.search ?? '', '?'), hash: normalise(initial.hash ?? '', '#') };
  const listeners = new Set<() => void>();
  return {
    read: () => ({ ...parts }),
    write(next) {
      parts = { search: next.search ?? parts.search, hash: next.hash ?? parts.hash };
    },
    set(next) {
      parts = { search: normalise(next.search ?? parts.search, '?'), hash: normalise(next.hash ?? parts.hash, '#') };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
