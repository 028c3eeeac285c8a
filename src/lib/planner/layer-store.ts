/**
 * Imported layers kept in the browser (IndexedDB), so a reload loses nothing. One database and one
 * object store, both named for the planner; each layer is one record keyed by its id, so two atlas
 * instances on one page (same origin) share the layers without overwriting each other's. Every call
 * resolves (never rejects): without IndexedDB (private windows, old embeds) the store says so and the
 * layers live for the session only.
 */
import type { ImportedLayer } from './import-validate.ts';

const DB_NAME = 'medpark-atlas-planner';
const STORE = 'imported-layers';

export interface LayerStore {
  readonly available: boolean;
  all(): Promise<ImportedLayer[]>;
  put(layer: ImportedLayer): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

export function openLayerStore(factory: IDBFactory | undefined = globalThis.indexedDB): LayerStore {
  if (!factory) return memoryOnly();
  let db: Promise<IDBDatabase | null> | null = null;
  const open = () =>
    (db ??= new Promise((resolve) => {
      try {
        const request = factory.open(DB_NAME, 1);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }));
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest, fallback: T, read: (result: unknown) => T): Promise<T> =>
    open().then(
      (database) =>
        new Promise<T>((resolve) => {
          if (!database) return resolve(fallback);
          try {
            const request = action(database.transaction(STORE, mode).objectStore(STORE));
            request.onsuccess = () => resolve(read(request.result));
            request.onerror = () => resolve(fallback);
          } catch {
            resolve(fallback);
          }
        }),
    );
  return {
    available: true,
    all: () => run('readonly', (s) => s.getAll(), [], (r) => (Array.isArray(r) ? (r as ImportedLayer[]).filter(isLayer).sort((a, b) => a.importedAt.localeCompare(b.importedAt)) : [])),
    put: (layer) => run('readwrite', (s) => s.put(layer), false, () => true),
    remove: (id) => run('readwrite', (s) => s.delete(id), false, () => true),
  };
}

function memoryOnly(): LayerStore {
  return { available: false, all: async () => [], put: async () => false, remove: async () => false };
}

/** A record read back is used only if it still has the shape this version writes. */
function isLayer(v: unknown): v is ImportedLayer {
  const r = v as ImportedLayer;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.name === 'string' && Array.isArray(r.features) && typeof r.importedAt === 'string';
}
