/// <reference lib="webworker" />
/** Reads and validates an imported file off the main thread (a 10 MB file takes longer than a frame). */
import { validateImport, type ImportResult } from './import-validate.ts';

self.onmessage = async (event: MessageEvent<{ file: File }>) => {
  const { file } = event.data;
  let result: ImportResult;
  try {
    result = validateImport(file.name, await file.text(), file.size);
  } catch (error) {
    result = { ok: false, problems: [{ file: file.name, reason: `could not be read (${(error as Error).message})` }] };
  }
  self.postMessage(result);
};
