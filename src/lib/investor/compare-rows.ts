/**
 * The compare table's rows: one attribute per row, one cell per shortlisted place, each cell a list
 * of facts with the source of each. Kept as data (not markup) so a row can tell whether places differ.
 */
import type { Figure, FigureKind, Lang, Place, SourceRef } from '../data/types.ts';
import { formatFigure, formatKm2, formatNumber } from '../i18n/format.ts';
import { distanceText } from './distance-text.ts';
import { CONFIDENCE_LABELS, GEOMETRY_LABELS, KIND_LABELS } from '../i18n/strings.ts';
import { NEAR_KIND_IDS, type ProximityIndex } from './proximity.ts';
import { INVESTOR_STRINGS, NEAR_LABELS } from './strings.ts';

export interface Fact {
  text: string;
  /** Where the fact comes from (none: a computed value, said so in its text). */
  source?: SourceRef;
  /** A place the fact is about, to select (a signed project, a port). */
  placeId?: string;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: Fact[][];
  /** Whether the places differ in this attribute. */
  differs: boolean;
}

export interface CompareContext {
  lang: Lang;
  placesById: ReadonlyMap<string, Place>;
  proximity: ProximityIndex;
  industryLabel(code: string): string;
  regionName(id: string): string;
}

function figureFacts(place: Place, kinds: readonly FigureKind[], lang: Lang, filter: (f: Figure) => boolean = () => true): Fact[] {
  return place.figures
    .filter((f) => kinds.includes(f.kind) && filter(f))
    .map((f) => ({ text: `${f.label[lang]}${f.year ? ` (${f.year})` : ''}: ${formatFigure(f, lang)}`, source: f.source }));
}

export function compareRows(places: readonly Place[], c: CompareContext): CompareRow[] {
  const { lang } = c;
  const s = (key: keyof typeof INVESTOR_STRINGS) => INVESTOR_STRINGS[key][lang];
  const none = (facts: Fact[]) => (facts.length ? facts : [{ text: s('none') }]);
  const row = (id: string, label: string, cell: (p: Place) => Fact[]): CompareRow => {
    const cells = places.map((p) => none(cell(p)));
    const keys = cells.map((facts) => JSON.stringify(facts.map((f) => [f.text, f.source ?? null])));
    return { id, label, cells, differs: keys.some((k) => k !== keys[0]) };
  };
  return [
    row('kind', lang === 'zh' ? '类型' : 'Kind', (p) => [{ text: KIND_LABELS[p.kind][lang] }]),
    row('region', s('region'), (p) => (p.regionGroup ? [{ text: c.regionName(p.regionGroup) }] : [])),
    row('industries', lang === 'zh' ? '产业' : 'Industries', (p) => p.industries.map((code) => ({ text: c.industryLabel(code) }))),
    row('declared-area', s('declaredArea'), (p) => figureFacts(p, ['area'], lang)),
    row('computed-area', s('computedArea'), (p) => (p.area ? [{ text: `${formatKm2(p.area.computedKm2, lang, 2)} (${GEOMETRY_LABELS[p.geometry.kind][lang]})` }] : [])),
    row('targets', s('targets'), (p) => figureFacts(p, ['target'], lang)),
    row('investment', s('investment'), (p) => figureFacts(p, ['investment'], lang)),
    row('revenue', s('revenue'), (p) => figureFacts(p, ['revenue'], lang)),
    row('counts', s('counts'), (p) => figureFacts(p, ['count'], lang)),
    row('signed-projects', s('signedProjects'), (p) =>
      p.children
        .map((id) => c.placesById.get(id))
        .filter((child): child is Place => child?.kind === 'signed-project')
        .map((child) => ({ text: `${child.name[lang]}${child.project ? ` · ${child.project.origin[lang]}` : ''}`, source: child.sources[0], placeId: child.id })),
    ),
    row('proximity', s('proximity'), (p) => {
      if (p.kind === 'reference-point') return [];
      const facts: Fact[] = NEAR_KIND_IDS.map((kind) => {
        const m = c.proximity.get(p.id, kind);
        const name = m ? c.placesById.get(m.ref)?.name[lang] : undefined;
        return { text: `${NEAR_LABELS[kind][lang]}: ${distanceText(m, lang)}${name ? ` · ${name}` : ''}`, placeId: m?.ref };
      });
      if (facts.length && p.geometry.kind === 'proxy-point') facts.push({ text: `(${s('proxyDistance')})` });
      return facts;
    }),
    row('geometry', s('geometryQuality'), (p) => [
      { text: `${GEOMETRY_LABELS[p.geometry.kind][lang]} · ${CONFIDENCE_LABELS[p.geometry.confidence][lang]}${p.geometry.uncertaintyKm ? ` · ±${formatNumber(p.geometry.uncertaintyKm, lang)} km` : ''}` },
      ...p.geometry.sources.map((source) => ({ text: p.geometry.method, source })),
    ]),
    row('sources', s('sources'), (p) => p.sources.map((source) => ({ text: '', source }))),
  ];
}
