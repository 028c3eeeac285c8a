// Prints a schematic equal-area footprint polygon as GeoJSON, for pasting into a file in geojson/.
// Usage: npm run data:footprint -- <lon> <lat> <areaKm2>
import { schematicFootprint } from '../src/lib/geo/footprint.ts';

const [lon, lat, areaKm2] = process.argv.slice(2).map(Number);
if ([lon, lat, areaKm2].some((v) => !Number.isFinite(v))) {
  console.error('usage: npm run data:footprint -- <lon> <lat> <areaKm2>');
  process.exit(2);
}
console.log(JSON.stringify(schematicFootprint([lon, lat], areaKm2)));
