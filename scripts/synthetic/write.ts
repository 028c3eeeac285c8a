/**
 * Writes a synthetic data set as compact GeoJSON FeatureCollections, streaming features to disk in
 * ~1 MB chunks so even 500k sites never sit in memory as objects or one giant string.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceFeature } from '../../src/lib/data/types.ts';
import {
  createSiteSampler,
  generateReferencePoints,
  generateZones,
  newSiteSample,
  provinceFeatures,
  referenceFeature,
  siteFeature,
  zoneFeature,
} from './core.ts';

export interface SyntheticDatasetOptions {
  zones: number;
  sites: number;
  references: number;
  seed: number;
  outDir: string;
}

export interface WrittenFile {
  path: string;
  features: number;
  bytes: number;
  ms: number;
}

/** The files of a data set, in the order written. */
export const SYNTHETIC_FILES = ['zones.geojson', 'sites.geojson', 'references.geojson'] as const;

const CHUNK_BYTES = 1 << 20;

/** Streams one FeatureCollection to a file. */
class FeatureCollectionWriter {
  private readonly fd: number;
  private buffer = '{"type":"FeatureCollection","features":[';
  private count = 0;
  private bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  add(feature: PlaceFeature): void {
    this.buffer += (this.count++ === 0 ? '' : ',') + JSON.stringify(feature);
    if (this.buffer.length >= CHUNK_BYTES) this.flush();
  }

  close(): { features: number; bytes: number } {
    this.buffer += ']}\n';
    this.flush();
    closeSync(this.fd);
    return { features: this.count, bytes: this.bytes };
  }

  private flush(): void {
    this.bytes += writeSync(this.fd, this.buffer, null, 'utf8');
    this.buffer = '';
  }
}

/** Generates and writes `zones.geojson` (provinces + zones), `sites.geojson` and `references.geojson`. */
export function writeSyntheticDataset(options: SyntheticDatasetOptions): WrittenFile[] {
  mkdirSync(options.outDir, { recursive: true });
  const written: WrittenFile[] = [];
  const timed = (file: string, fill: (w: FeatureCollectionWriter) => void) => {
    const start = performance.now();
    const writer = new FeatureCollectionWriter(join(options.outDir, file));
    fill(writer);
    const { features, bytes } = writer.close();
    written.push({ path: writer.path, features, bytes, ms: performance.now() - start });
  };

  const zones = generateZones(options.zones, options.seed);
  timed('zones.geojson', (w) => {
    for (const f of provinceFeatures()) w.add(f);
    for (const z of zones) w.add(zoneFeature(z));
  });
  timed('sites.geojson', (w) => {
    const sample = createSiteSampler(zones, options.seed);
    const site = newSiteSample();
    for (let i = 0; i < options.sites; i++) w.add(siteFeature(sample(site), zones));
  });
  timed('references.geojson', (w) => {
    for (const r of generateReferencePoints(options.references, options.seed)) w.add(referenceFeature(r));
  });
  return written;
}
