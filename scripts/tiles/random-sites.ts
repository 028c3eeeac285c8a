// Random point sites inside China's bounding box, in the place schema, for developing and stress
// testing the tiler (not the synthetic national data set: no zones, uniform except for an optional
// hotspot). Streams compact GeoJSON to disk.
// Usage: tsx scripts/tiles/random-sites.ts [--count 500000] [--seed 1] [--hotspot-share 0]
//          [--out build/tiles/random-sites.geojson]
// --hotspot-share S puts that share of the sites within ~2 km of Shanghai (to exercise the tile budget).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..', '..');
const INDUSTRIES = ['biologics', 'chemical_pharma', 'tcm', 'medical_devices', 'health_food_nutrition', 'preclinical_cro', 'digital_smart_health', 'pharma_manufacturing_general'];
const KINDS = ['base', 'base', 'base', 'facility', 'platform', 'park'];

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '500000' },
      seed: { type: 'string', default: '1' },
      'hotspot-share': { type: 'string', default: '0' },
      out: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const hotspot = Number(values['hotspot-share']);
  const out = resolve(values.out ?? resolve(ROOT, 'build', 'tiles', 'random-sites.geojson'));
  let s = Number(values.seed) >>> 0 || 1;
  // mulberry32
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  let buf = '{"type":"FeatureCollection","features":[';
  for (let i = 1; i <= count; i++) {
    const inHotspot = rand() < hotspot;
    const lon = inHotspot ? 121.47 + (rand() - 0.5) * 0.04 : 73 + rand() * 62;
    const lat = inHotspot ? 31.23 + (rand() - 0.5) * 0.04 : 18 + rand() * 35;
    const a = INDUSTRIES[Math.floor(rand() * INDUSTRIES.length)];
    const b = INDUSTRIES[Math.floor(rand() * INDUSTRIES.length)];
    const n = String(i).padStart(7, '0');
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
      properties: {
        id: `rnd-site-${n}`,
        kind: KINDS[Math.floor(rand() * KINDS.length)],
        parent: null,
        name: { zh: `随机点 ${n}`, en: `Random site ${n}` },
        industries: rand() < 0.3 && a !== b ? [a, b] : [a],
        geometry: { kind: 'point-at-site', confidence: 'low', method: 'Random test point' },
      },
    };
    buf += (i === 1 ? '' : ',') + JSON.stringify(feature);
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf + ']}\n');
  closeSync(fd);
  console.log(`random-sites: ${count} sites → ${out}`);
}

main();
