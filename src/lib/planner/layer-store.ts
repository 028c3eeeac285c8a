/**
 * The planner's workspace kept in the browser (IndexedDB), so a reload loses nothing: imported layers
 * (one record each, keyed by id, so two atlas instances on one page share them without overwriting
 * each other's) and one workspace record (ghosts, kept drawn shapes, the last measurement, the local
 * part of the comparison). Every call resolves (never rejects): without IndexedDB (private windows,
 * old embeds) the store says so and the work lives for the session only.
 */
import type { Polygon, Position } from 'geojson';
import type { LocalizedText } from '../data/types.ts';
import type { ImportedLayer } from './import-validate.ts';
import type { MeasureKind } from './measure.ts';

const DB_NAME = 'medpark-atlas-planner';
const STORE = 'imported-layers';
const WORKSPACE = 'workspace';
const WORKSPACE_KEY = 'workspace';

/** What the planner keeps besides imports (atlas places in the comparison live in the URL). */
export interface Workspace {
  /** Drawn and imported keys in the comparison, in order. */
  compareLocal: string[];
  ghosts: { key: string; centre: [number, number] }[];
  drawn: { key: string; name: LocalizedText; geometry: Polygon }[];
  measure: { kind: MeasureKind; points: Position[] } | null;
}

export interface LayerStore {
  readonly available: boolean;
  all(): Promise<ImportedLayer[]>;
  put(layer: ImportedLayer): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  workspace(): Promise<Workspace | null>;
  saveWorkspace(workspace: Workspace): Promise<boolean>;
  /** Forgets every layer and the workspace. */
  clear(): Promise<boolean>;
}

export function openLayerStore(factory: IDBFactory | undefined = globalThis.indexedDB): LayerStore {
  if (!factory) return memoryOnly();
  let db: Promise<IDBDatabase | null> | null = null;
  const open = () =>
    (db ??= new Promise((resolve) => {
      try {
        // Version 2 adds the workspace store; version-1 databases keep their layers.
        const request = factory.open(DB_NAME, 2);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
          if (!request.result.objectStoreNames.contains(WORKSPACE)) request.result.createObjectStore(WORKSPACE);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    }));
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest, fallback: T, read: (result: unknown) => T, name = STORE): Promise<T> =>
    open().then(
      (database) =>
        new Promise<T>((resolve) => {
          if (!database) return resolve(fallback);
          try {
            const request = action(database.transaction(name, mode).objectStore(name));
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
    workspace: () => run('readonly', (s) => s.get(WORKSPACE_KEY), null, (r) => (isWorkspace(r) ? r : null), WORKSPACE),
    saveWorkspace: (workspace) => run('readwrite', (s) => s.put(workspace, WORKSPACE_KEY), false, () => true, WORKSPACE),
    clear: async () => (await run('readwrite', (s) => s.clear(), false, () => true)) && (await run('readwrite', (s) => s.clear(), false, () => true, WORKSPACE)),
  };
}

function memoryOnly(): LayerStore {
  return { available: false, all: async () => [], put: async () => false, remove: async () => false, workspace: async () => null, saveWorkspace: async () => false, clear: async () => false };
}

function isWorkspace(v: unknown): v is Workspace {
  const r = v as Workspace;
  return typeof r === 'object' && r !== null && Array.isArray(r.compareLocal) && Array.isArray(r.ghosts) && Array.isArray(r.drawn);
}

/** A record read back is used only if it still has the shape this version writes. */
function isLayer(v: unknown): v is ImportedLayer {
  const r = v as ImportedLayer;
  return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.name === 'string' && Array.isArray(r.features) && typeof r.importedAt === 'string';
}
