// geojson-validation ships no types; only the calls we use are declared.
declare module 'geojson-validation' {
  /** With trace=true returns the list of RFC 7946 violations (empty when valid). */
  export function isFeature(value: unknown, trace: true): string[];
  export function isFeatureCollection(value: unknown, trace: true): string[];
}
