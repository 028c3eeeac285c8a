/** The real data through the real pipeline, for the investor tool's tests. */
import { loadData } from '../../../scripts/data-files.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import { regionsOf } from '../data/atlas-build.ts';
import type { Lang } from '../data/types.ts';
import type { ExportContext } from './export.ts';
import { distancesById } from './near.ts';

export function realAtlas() {
  const { files, taxonomy, sources, problems } = loadData();
  if (problems.length) throw new Error(`the data has problems: ${problems.map((p) => p.reason).join('; ')}`);
  const atlas = buildAtlas(files, taxonomy, sources);
  const distances = distancesById(atlas.map.points.features);
  const regions = regionsOf(atlas.places);
  const context: ExportContext = {
    atlas,
    distances,
    industryLabel: (code: string, lang: Lang) => taxonomy.find((i) => i.code === code)?.label[lang] ?? code,
    regionName: (id: string, lang: Lang) => regions.find((r) => r.id === id)?.name[lang] ?? id,
  };
  return { atlas, distances, context, byId: (id: string) => atlas.places.find((p) => p.id === id)! };
}
