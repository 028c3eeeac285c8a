import type { StyleSpecification } from 'maplibre-gl';

/** A plain background: the map still works (data layers on top) when the basemap cannot load. */
export function fallbackStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dbe7ef' } }],
  };
}
