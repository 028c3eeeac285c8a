/**
 * What each near-transport kind is measured against (data/reference/layers.json): the reference sets,
 * and where the kind is covered (nationally, or only in some regions). Read by the build.
 */
import { REFERENCE_KINDS, type LocalizedText, type ReferenceKind } from '../data/types.ts';

export interface ReferenceSet {
  id: string;
  /** The file whose reference points belong to this set. */
  file: string;
  /** data/sources.json id, or null for points documented in geojson/ (each cites its own). */
  source: string | null;
  label: LocalizedText;
}

export interface ReferenceLayer {
  kind: ReferenceKind;
  /** `national`, or the region place ids inside which the set is complete enough to measure. */
  coverage: 'national' | string[];
  sets: ReferenceSet[];
  /** What the layer holds and what it lacks, for the reader. */
  statement: LocalizedText;
}

export type ReferenceLayers = ReferenceLayer[];

const text = (v: unknown): v is LocalizedText => typeof v === 'object' && v !== null && typeof (v as LocalizedText).zh === 'string' && typeof (v as LocalizedText).en === 'string';

/** Checks layers.json; each problem is a sentence naming the entry. */
export function parseReferenceLayers(value: unknown, placeIds: ReadonlySet<string>, sourceIds: ReadonlySet<string>): { layers: ReferenceLayers; problems: string[] } {
  const problems: string[] = [];
  const kinds = (value as { kinds?: unknown })?.kinds;
  if (!Array.isArray(kinds)) return { layers: [], problems: ['needs "kinds": [...]'] };
  const layers: ReferenceLayers = [];
  kinds.forEach((k: Record<string, unknown>, i) => {
    const where = `kinds[${i}]`;
    const before = problems.length;
    if (!REFERENCE_KINDS.includes(k.kind as ReferenceKind)) problems.push(`${where}: kind must be one of ${REFERENCE_KINDS.join(', ')}`);
    if (layers.some((l) => l.kind === k.kind)) problems.push(`${where}: kind ${String(k.kind)} is listed twice`);
    if (k.coverage !== 'national' && !(Array.isArray(k.coverage) && k.coverage.length > 0)) problems.push(`${where}: coverage must be "national" or a list of region ids`);
    if (Array.isArray(k.coverage)) for (const id of k.coverage) if (!placeIds.has(id as string)) problems.push(`${where}: coverage region ${String(id)} is not a place`);
    if (!Array.isArray(k.sets) || k.sets.length === 0) problems.push(`${where}: sets must list at least one reference set`);
    else
      for (const s of k.sets as Record<string, unknown>[]) {
        if (typeof s.id !== 'string' || typeof s.file !== 'string' || !text(s.label)) problems.push(`${where}: each set needs id, file and label {zh, en}`);
        if (s.source !== null && !sourceIds.has(s.source as string)) problems.push(`${where}: set ${String(s.id)} cites unknown source ${String(s.source)}`);
      }
    if (!text(k.statement)) problems.push(`${where}: statement {zh, en} is required`);
    if (problems.length === before) layers.push(k as unknown as ReferenceLayer);
  });
  for (const kind of REFERENCE_KINDS) if (!layers.some((l) => l.kind === kind)) problems.push(`kind ${kind} is missing (say what it is measured against, or that there is nothing)`);
  return { layers, problems };
}
