/**
 * The catalogue step wired to the loaded data: runs it, merges catalogue facts into the seed places
 * that are catalogue zones, and validates the generated places with the shared validator.
 */
import { validateAcrossFiles, validateFile, validateSources, type LoadedFile } from '../../src/lib/data/schema.ts';
import { ROOT, type LoadedData } from '../data-files.ts';
import { CATALOG_FEATURE_FILE, mergeIntoSeeds, readCatalogInputs, runCatalog, type CatalogResult } from './pipeline.ts';

/** Loaded data plus the catalogue's places, or problems naming file, row and reason. */
export function withCatalog(data: LoadedData): LoadedData & { catalog: CatalogResult } {
  const placeIds = new Set(data.files.flatMap((f) => f.features.map((x) => x.properties.id)));
  const catalog = runCatalog(readCatalogInputs(ROOT, data.taxonomy, placeIds));
  const merged: LoadedFile[] = data.files.map((f) => ({ file: f.file, features: mergeIntoSeeds(f.features, catalog.merges) }));
  const problems = [...data.problems, ...catalog.problems];
  // Each site row's page becomes a public source of its own, checked like data/sources.json's.
  problems.push(...validateSources('data/catalog/sites (sources)', catalog.siteSources));
  const sources = [...data.sources, ...catalog.siteSources];
  const ctx = { ...data.ctx, publicSourceIds: new Set(sources.map((s) => s.id)) };
  // The same validator as geojson/: generated places and the merged seed places must pass it.
  const checked: LoadedFile[] = merged.map((f) => {
    const result = validateFile(f.file, { type: 'FeatureCollection', features: f.features }, ctx);
    problems.push(...result.problems);
    return { file: f.file, features: result.features };
  });
  const generated = validateFile(CATALOG_FEATURE_FILE, { type: 'FeatureCollection', features: catalog.features }, ctx);
  problems.push(...generated.problems);
  const files = [...checked, { file: CATALOG_FEATURE_FILE, features: generated.features }];
  problems.push(...validateAcrossFiles(files).filter((p) => !data.problems.some((q) => q.reason === p.reason && q.feature === p.feature)));
  return { ...data, files, sources, ctx, problems, catalog };
}
