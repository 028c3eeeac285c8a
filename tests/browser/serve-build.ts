// Serves dist/ (the production build) for the browser tests; `npm test` builds it first. A small
// synthetic data set with its sites in a PMTiles archive is built through the real pipeline beside
// it for the tile-path tests, and removed afterwards (it is never part of the build).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildDataset } from '../../scripts/bench/datasets.ts';
import { writeSyntheticDataset } from '../../scripts/synthetic/write.ts';

export const TILES_DATASET = 'tiles-test';
const TILES_OUT = join('dist', 'data', TILES_DATASET);
let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the browser tests');
  const source = mkdtempSync(join(tmpdir(), 'medpark-tiles-'));
  writeSyntheticDataset({ zones: 30, sites: 3000, references: 10, seed: 7, outDir: source });
  buildDataset(source, TILES_OUT, 3000);
  project.provide('tilesSource', source);
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  rmSync(TILES_OUT, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Folder of the synthetic GeoJSON behind the tile-path data set. */
    tilesSource: string;
  }
}
