import { describe, expect, it } from 'vitest';
import { LAYER_IDS, placeLayers, REFERENCE_LABEL_MIN_ZOOM } from './place-layers.ts';

describe('place layers', () => {
  const layers = placeLayers('en', ['literal', '#000']);
  const ids = layers.map((l) => l.id);

  it('labels reference points only from zoom 6, in their own layer', () => {
    const reference = layers.find((l) => l.id === LAYER_IDS.referenceLabel)!;
    expect(reference.minzoom).toBe(REFERENCE_LABEL_MIN_ZOOM);
    expect(REFERENCE_LABEL_MIN_ZOOM).toBeGreaterThanOrEqual(6);
    expect(reference.filter).toEqual(['==', ['get', 'kind'], 'reference-point']);
    // The places' label layer leaves reference points out (else they would show at every zoom).
    expect(JSON.stringify(layers.find((l) => l.id === LAYER_IDS.label)!.filter)).toContain('"!",["==",["get","kind"],"reference-point"]');
  });

  it('draws reference labels under the places\' labels, so places win collisions', () => {
    expect(ids.indexOf(LAYER_IDS.referenceLabel)).toBeLessThan(ids.indexOf(LAYER_IDS.label));
    expect(ids.indexOf(LAYER_IDS.referenceLabel)).toBeLessThan(ids.indexOf(LAYER_IDS.zoneLabel));
  });
});
