/** The layer groups a user toggles, and which kinds of place each holds. */
import type { FeatureKind } from '../data/types.ts';

export const LAYER_GROUPS = [
  { id: 'regions', kinds: ['region'] },
  { id: 'pilot-zones', kinds: ['pilot-zone'] },
  { id: 'dev-zones', kinds: ['dev-zone'] },
  { id: 'parks-bases', kinds: ['park', 'base'] },
  { id: 'platforms', kinds: ['platform', 'facility'] },
  { id: 'signed-projects', kinds: ['signed-project'] },
  { id: 'reference-points', kinds: ['reference-point'] },
] as const satisfies readonly { id: string; kinds: readonly FeatureKind[] }[];

export type LayerGroupId = (typeof LAYER_GROUPS)[number]['id'];
export const LAYER_GROUP_IDS: readonly LayerGroupId[] = LAYER_GROUPS.map((g) => g.id);

/** The group a kind of place belongs to. */
export function layerGroupOf(kind: FeatureKind): LayerGroupId {
  return LAYER_GROUPS.find((g) => (g.kinds as readonly FeatureKind[]).includes(kind))!.id;
}

/** Kinds shown when the given groups are on. */
export function kindsOf(groups: readonly LayerGroupId[]): FeatureKind[] {
  return LAYER_GROUPS.filter((g) => groups.includes(g.id)).flatMap((g) => [...g.kinds]);
}
