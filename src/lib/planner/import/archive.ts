/**
 * Opening a zip (zipped shapefile, KMZ) without letting it take the page: sizes declared in the
 * archive are checked before a byte is inflated (a 300 MB bomb is refused at once), and each entry is
 * inflated into a buffer of its declared size, so an archive that lies about a size cannot grow one.
 */
import { unzipSync } from 'fflate';
import { ImportFailure, MSG } from './import-messages.ts';

export interface ImportLimits {
  /** Bytes one import may read (the file as given). */
  maxBytes: number;
  /** Bytes the wanted entries of an archive may unpack to, together. */
  maxUnpackedBytes: number;
  maxFeatures: number;
  maxVertices: number;
  maxProperties: number;
  /** Seconds the worker may take before it is stopped. */
  timeoutSeconds: number;
}

/**
 * 20 MB is the data pipeline's own file limit; 100 MB unpacked keeps a worker's memory sane; 5,000
 * features and 1,000,000 vertices keep a layer drawable by MapLibre and storable in IndexedDB (a
 * detailed county boundary has ~10⁴ vertices); 30 s is far beyond any honest file (a 10 MB shapefile
 * takes < 2 s here).
 */
export const IMPORT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxUnpackedBytes: 100 * 1024 * 1024, maxFeatures: 5000, maxVertices: 1_000_000, maxProperties: 50, timeoutSeconds: 30 };

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * The entries of a zip whose names `want` accepts (lower-case path), by path.
 * @throws ImportFailure for a damaged archive or one that unpacks beyond `limits.maxUnpackedBytes`
 */
export function unzipEntries(file: string, bytes: Uint8Array, want: (path: string) => boolean, limits: ImportLimits): { entries: Map<string, Uint8Array>; names: string[] } {
  if (!isZip(bytes)) throw new ImportFailure({ file, reason: MSG.notZip() });
  const names: string[] = [];
  let total = 0;
  let bomb: ImportFailure | null = null;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter(info) {
        if (info.name.endsWith('/') || /(^|\/)__MACOSX\//.test(info.name)) return false;
        names.push(info.name);
        if (!want(info.name.toLowerCase()) || bomb) return false;
        total += info.originalSize;
        if (info.originalSize > limits.maxUnpackedBytes || total > limits.maxUnpackedBytes) {
          bomb = new ImportFailure({ file, reason: MSG.zipBomb(info.name, Math.max(info.originalSize, total), limits.maxUnpackedBytes) });
          return false;
        }
        if (info.compression !== 0 && info.compression !== 8) throw new ImportFailure({ file, reason: MSG.zipEncrypted() });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure({ file, reason: MSG.notZip(), detail: (error as Error).message });
  }
  if (bomb) throw bomb;
  return { entries: new Map(Object.entries(raw).map(([k, v]) => [k, v])), names };
}
