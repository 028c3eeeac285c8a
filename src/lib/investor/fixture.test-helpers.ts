/** The real data through the real pipeline, for the investor tool's tests. */
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';
import { withReference } from '../../../scripts/reference/load.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import { regionsOf } from '../data/atlas-build.ts';
import type { Lang } from '../data/types.ts';
import type { ExportContext } from './export.ts';
import { computeProximity, ProximityIndex } from './proximity.ts';

let cached: ReturnType<typeof build> | null = null;

function build() {
  const { files, taxonomy, sources, problems, reference } = withReference(withCatalog(loadData()));
  if (problems.length || !reference.layers) throw new Error(`the data has problems: ${problems.map((p) => p.reason).join('; ')}`);
  const atlas = buildAtlas(files, taxonomy, sources);
  const data = computeProximity(atlas.places, reference.layers);
  atlas.tools = { investor: data };
  const proximity = new ProximityIndex(data);
  const regions = regionsOf(atlas.places);
  const byIdMap = new Map(atlas.places.map((p) => [p.id, p]));
  const context: ExportContext = {
    atlas,
    proximity,
    industryLabel: (code: string, lang: Lang) => taxonomy.find((i) => i.code === code)?.label[lang] ?? code,
    placeName: (id: string, lang: Lang) => byIdMap.get(id)?.name[lang] ?? id,
    regionName: (id: string, lang: Lang) => regions.find((r) => r.id === id)?.name[lang] ?? id,
  };
  return { atlas, proximity, context, reference, byId: (id: string) => byIdMap.get(id)! };
}

/** Geojson/, the catalogue and the reference tables, built once per test file. */
export function realAtlas() {
  return (cached ??= build());
}
