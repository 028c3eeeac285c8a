/** Areas of footprints: WGS84 ellipsoidal areas, and conversions to the units Chinese sources use. */
import { ellipsoidalAreaKm2 } from './ellipsoid.ts';
import type { Figure, ComputedArea, PlaceGeometry } from '../data/types.ts';

export const HA_PER_KM2 = 100;
/** 1 mu (亩) = 666.67 m², so 1 km² = 1,500 mu. */
export const MU_PER_KM2 = 1500;
const M2_PER_KM2 = 1e6;

/** The figures of an area in km², with ha and mu beside it. */
export function areaUnits(km2: number): { km2: number; ha: number; mu: number } {
  return { km2, ha: km2 * HA_PER_KM2, mu: km2 * MU_PER_KM2 };
}

/** (computed − declared) / declared × 100, or null without a declared figure. */
export function deltaPercent(computedKm2: number, declaredKm2: number | null): number | null {
  return declaredKm2 ? ((computedKm2 - declaredKm2) / declaredKm2) * 100 : null;
}

/** Converts a figure in an area unit to km², or null when the unit is not an area. */
export function toKm2(value: number, unit: Figure['unit']): number | null {
  switch (unit) {
    case 'km2':
      return value;
    case 'ha':
      return value / HA_PER_KM2;
    case 'mu':
      return value / MU_PER_KM2;
    case 'm2':
      return value / M2_PER_KM2;
    default:
      return null;
  }
}

/** The declared (planned) area in km² from a place's figures, or null when none is declared. */
export function declaredAreaKm2(figures: readonly Figure[]): number | null {
  const declared = figures.find((f) => f.kind === 'area' && f.metric === 'planned-area');
  return declared ? toKm2(declared.value, declared.unit) : null;
}

/**
 * Area of a footprint (WGS84 ellipsoid) compared with its declared figure.
 * @returns null for points (they have no area)
 */
export function computeArea(geometry: PlaceGeometry, declaredKm2: number | null): ComputedArea | null {
  if (geometry.type === 'Point') return null;
  const computedKm2 = ellipsoidalAreaKm2(geometry);
  return {
    declaredKm2,
    computedKm2,
    deltaPercent: deltaPercent(computedKm2, declaredKm2),
    ha: computedKm2 * HA_PER_KM2,
    mu: computedKm2 * MU_PER_KM2,
  };
}

/** How far a schematic footprint's area may stray from the declared area. */
export const SCHEMATIC_AREA_TOLERANCE_PERCENT = 0.5;
