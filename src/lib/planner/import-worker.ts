/// <reference lib="webworker" />
/** Reads, reprojects and validates an imported file off the main thread (a 10 MB shapefile takes longer than a frame). */
import { runImport, type ImportOptions, type ImportOutcome } from './import/pipeline.ts';
import { MSG } from './import/import-messages.ts';

self.onmessage = async (event: MessageEvent<{ files: File[]; options: ImportOptions }>) => {
  const { files, options } = event.data;
  let result: ImportOutcome;
  try {
    const sources = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    result = await runImport(sources, options);
  } catch (error) {
    result = { ok: false, problems: [{ file: files[0]?.name ?? '?', reason: MSG.unreadable(), detail: (error as Error).message }] };
  }
  self.postMessage(result);
};
