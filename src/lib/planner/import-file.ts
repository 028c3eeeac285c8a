/** Validates a user's file in a worker (the main thread stays responsive), falling back to in-thread. */
import { IMPORT_LIMITS, validateImport, type ImportResult } from './import-validate.ts';

export function importFile(file: File): Promise<ImportResult> {
  // Refuse oversized files before reading a byte of them.
  if (file.size > IMPORT_LIMITS.maxBytes || file.size === 0) return Promise.resolve(validateImport(file.name, '', file.size));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      file.text().then((text) => resolve(validateImport(file.name, text, file.size)), () => resolve(unreadable(file)));
      return;
    }
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(unreadable(file));
    };
    worker.postMessage({ file });
  });
}

function unreadable(file: File): ImportResult {
  return { ok: false, problems: [{ file: file.name, reason: 'could not be read' }] };
}
