/** Every imported boundary as one WGS84 GeoJSON (RFC 7946), names and properties kept, with where each came from. */
import type { ImportedLayer } from '../import-validate.ts';

export function importsAsGeoJson(layers: readonly ImportedLayer[]): string {
  const features = layers.flatMap((layer) =>
    layer.features.map((f) => {
      const properties: Record<string, string> = Object.fromEntries(f.properties);
      if (f.label !== null && !('name' in properties)) properties.name = f.label;
      properties.source_layer = layer.name;
      if (layer.source) {
        properties.source_file = layer.source.files.join(', ');
        properties.source_crs = layer.source.crs.en;
      }
      // The geometry text is already checked GeoJSON: spliced in, not parsed and written again.
      return `{"type":"Feature","properties":${JSON.stringify(properties)},"geometry":${f.geometryJson}}`;
    }),
  );
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

/** Significant, not false, precision: 3–4 significant figures (a 0.0123 km² plot, a 53.7 km² zone, a 1,234 km² district). */
export function areaDigits(km2: number): number {
  if (km2 >= 100) return 0;
  if (km2 >= 10) return 1;
  if (km2 >= 1) return 2;
  if (km2 >= 0.1) return 3;
  return 4;
}
