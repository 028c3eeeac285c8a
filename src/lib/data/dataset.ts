/** `dataset=<name>`: another data set built beside the default one (e.g. the synthetic benchmark sets). */
import { optionalParam } from '../url/url-param.ts';

/** Data set names are folder names under data/: no path tricks. */
export const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,40}$/;

export const DATASET_PARAM = optionalParam('dataset', { valid: (raw) => (DATASET_NAME.test(raw) ? null : 'not a data set name') });

/** Where a data set's atlas is served, relative to the app's base URL. */
export function datasetUrl(dataset: string | null): string {
  return dataset ? `data/${dataset}/atlas.json` : 'data/atlas.json';
}
