/** Imports a user's file(s) in a worker (the main thread stays responsive), stopped after a timeout; in-thread where workers are unavailable. */
import { IMPORT_LIMITS } from './import/archive.ts';
import { MSG } from './import/import-messages.ts';
import { runImport, type ImportOptions, type ImportOutcome } from './import/pipeline.ts';

export function importFiles(files: readonly File[], options: ImportOptions, limits = IMPORT_LIMITS): Promise<ImportOutcome> {
  const file = files[0]?.name ?? '?';
  // Refuse oversized files before reading a byte of them.
  const size = files.reduce((n, f) => n + f.size, 0);
  if (size > limits.maxBytes) return Promise.resolve({ ok: false, problems: [{ file, reason: MSG.tooBig(size, limits.maxBytes) }] });
  if (size === 0) return Promise.resolve({ ok: false, problems: [{ file, reason: MSG.empty() }] });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })))
        .then((sources) => runImport(sources, options, limits))
        .then(resolve, () => resolve(unreadable(file)));
      return;
    }
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, problems: [{ file, reason: MSG.timeout(limits.timeoutSeconds) }] });
    }, limits.timeoutSeconds * 1000);
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      worker.terminate();
      resolve(unreadable(file));
    };
    worker.postMessage({ files: [...files], options });
  });
}

function unreadable(file: string): ImportOutcome {
  return { ok: false, problems: [{ file, reason: MSG.unreadable() }] };
}
