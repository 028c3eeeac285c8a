// The planner tools in the bench (reported, never asserted): app work per frame while dragging a
// true-size ghost (the data attribute the ghost box keeps: placeGhost + setData per pointer move),
// and the main thread while a ~10 MB boundary file is imported (parsed and checked in a worker): its
// longest task (any owner: MapLibre drawing the layer in software WebGL, GC) and the app's own CPU.
// Timing starts once the file is in the page (Playwright's own transfer of the bytes is not the app's).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import proj4 from 'proj4';
import { schematicFootprint } from '../../src/lib/geo/footprint.ts';
import { gkProj4 } from '../../src/lib/planner/import/crs.ts';
import { runImport } from '../../src/lib/planner/import/pipeline.ts';
import { encodeGbk, PRJ, zippedShapefile } from '../../src/lib/planner/import/test-files.ts';
import { dragFrames, installDragProbe } from './drag-probe.ts';
import { observeLongTasks } from './page-setup.ts';
import { median } from './stats.ts';

export interface PlannerReport {
  dragFrames: number;
  dragMedianMs: number;
  dragP95Ms: number;
  dragMaxMs: number;
  /** The same, dragging the ghost of a 10,000-vertex imported boundary. */
  heavyDragMedianMs: number;
  heavyDragMaxMs: number;
  importBytes: number;
  importMs: number;
  /** Longest main-thread task from the file's arrival in the page to the layer drawn (any owner). */
  importLongestTaskMs: number;
  /** Main-thread CPU in the app's own scripts over the same span (sampled by the CPU profiler). */
  importAppJsMs: number;
  /** A zipped shapefile in CGCS2000 3° GK zone 38 with a GBK .dbf, through the same panel. */
  shapefileBytes: number;
  shapefileVertices: number;
  shapefileImportMs: number;
  shapefileLongestTaskMs: number;
  shapefileAppJsMs: number;
  /** The worker's work (read, reproject, validate) for the same bytes, timed in Node here. */
  shapefilePipelineMs: number;
}

/** A ~10 MB zipped shapefile: 400 parcels of 1,550 vertices around Wuhan, projected to GK zone 38. */
function benchShapefile(): { bytes: Uint8Array; vertices: number } {
  const zone38 = proj4('WGS84', gkProj4({ datum: 'CGCS2000', width: 3, cm: 114, zone: 38 }));
  const polygons = Array.from({ length: 400 }, (_, i) => {
    const ring = schematicFootprint([113.5 + (i % 20) * 0.08, 30 + Math.floor(i / 20) * 0.06], 4 + (i % 7), 1549).coordinates[0];
    return { type: 'Polygon' as const, coordinates: [ring.map((c) => zone38.forward(c))] };
  });
  const records = polygons.map((_, i) => ({ 名称: `地块 ${i + 1}`, 用途: '生物医药产业用地' }));
  return { bytes: zippedShapefile({ polygons, records, encode: encodeGbk, languageByte: 0x4d, prj: PRJ.cgcs2000Zone38 }), vertices: polygons.reduce((n, p) => n + p.coordinates[0].length, 0) };
}

export async function benchPlanner(browser: Browser, origin: string, zoneId: string, anchor: [number, number]): Promise<PlannerReport> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await observeLongTasks(tab);
  await tab.goto(new URL(`?lang=en&compare=${zoneId}`, origin).href);
  await tab.waitForSelector('.app[data-state="ready"]', { timeout: 120_000 });

  // 1. Drag a zone's ghost: 60 pointer moves.
  await tab.getByRole('button', { name: 'Overlay at true size' }).click();
  const drag = await dragGhost(tab, anchor, 10);

  // 2. Import a ~10 MB file (one boundary of 10,000 vertices and 200 of 2,500), timing long tasks.
  const features = Array.from({ length: 200 }, (_, i) => ({ type: 'Feature', properties: { name: `Parcel ${i}` }, geometry: schematicFootprint([100 + (i % 20) * 0.5, 25 + Math.floor(i / 20) * 0.5], 20 + i, 2500) }));
  features.unshift({ type: 'Feature', properties: { name: 'Heavy' }, geometry: schematicFootprint([anchor[0] + 0.3, anchor[1]], 40, 10_000) });
  const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
  await tab.getByRole('button', { name: 'Import boundary' }).click();
  const geojson = await timeImport(context, tab, { name: 'parcels.geojson', mimeType: 'application/geo+json', buffer }, 1);

  // 2b. The same for a ~10 MB zipped shapefile in Gauss-Krüger (read, reprojected and validated in the worker).
  const shapefile = benchShapefile();
  const t = performance.now();
  const piped = await runImport([{ name: 'survey.zip', bytes: shapefile.bytes }]);
  const shapefilePipelineMs = performance.now() - t;
  if (piped.ok !== true) throw new Error(`bench shapefile did not import: ${JSON.stringify(piped).slice(0, 300)}`);
  const shp = await timeImport(context, tab, { name: 'survey.zip', mimeType: 'application/zip', buffer: Buffer.from(shapefile.bytes) }, 2);

  // 3. Drag the ghost of the 10,000-vertex boundary.
  await tab.locator('li[data-layer] li').filter({ hasText: 'Heavy' }).getByRole('button', { name: 'Overlay at true size' }).click();
  await tab.getByRole('button', { name: 'Close' }).last().click();
  const heavy = await dragGhost(tab, [anchor[0] + 0.3, anchor[1]], 9, true);
  await context.close();
  const sorted = [...drag].sort((a, b) => a - b);
  return {
    dragFrames: drag.length,
    dragMedianMs: median(drag),
    dragP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    dragMaxMs: sorted.at(-1) ?? 0,
    heavyDragMedianMs: median(heavy),
    heavyDragMaxMs: Math.max(0, ...heavy),
    importBytes: buffer.length,
    importMs: geojson.ms,
    importLongestTaskMs: geojson.longestTaskMs,
    importAppJsMs: geojson.appJsMs,
    shapefileBytes: shapefile.bytes.length,
    shapefileVertices: shapefile.vertices,
    shapefileImportMs: shp.ms,
    shapefileLongestTaskMs: shp.longestTaskMs,
    shapefileAppJsMs: shp.appJsMs,
    shapefilePipelineMs,
  };
}

/** Gives the panel a file and times it until the layer is listed and drawn: wall time, longest main-thread task, app JS. */
async function timeImport(context: BrowserContext, tab: Page, file: { name: string; mimeType: string; buffer: Buffer }, layers: number): Promise<{ ms: number; longestTaskMs: number; appJsMs: number }> {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await tab.locator('input[type="file"]').setInputFiles(file);
  const t0 = (await tab.evaluate(() => performance.now())) as number;
  await cdp.send('Profiler.start');
  await tab.waitForFunction((n) => document.querySelectorAll('li[data-layer]').length >= n, layers, { timeout: 120_000 });
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
  // Main-thread CPU by owner: the app's own scripts vs MapLibre's (drawing the new layer) and native work.
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] } };
  await cdp.detach();
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  let appJsMs = 0;
  profile.samples.forEach((id, i) => {
    const url = urlOf.get(id) ?? '';
    if (url.includes('/assets/') && !url.includes('maplibre')) appJsMs += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  const ms = ((await tab.evaluate(() => performance.now())) as number) - t0 - 500;
  const longTasks = (await tab.evaluate((since) => (window as any).__longTasks.filter((t: any) => t.start >= since), t0)) as { duration: number }[];
  return { ms, longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)), appJsMs };
}

/** Presses on a ghost at `at` and drags it 60 steps; returns the app's per-move times (ms). */
async function dragGhost(tab: Page, at: [number, number], zoom: number, last = false): Promise<number[]> {
  await tab.evaluate(
    ([lng, lat, z]) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lng, lat], zoom: z });
      }),
    [at[0], at[1], zoom] as const,
  );
  const point = (await tab.evaluate((c) => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.project(c), at)) as { x: number; y: number };
  const box = (await tab.locator('.maplibregl-canvas').boundingBox())!;
  await installDragProbe(tab);
  await tab.mouse.move(box.x + point.x, box.y + point.y);
  await tab.mouse.down();
  for (let i = 1; i <= 60; i++) await tab.mouse.move(box.x + point.x + i * 4, box.y + point.y - i * 3);
  await tab.mouse.up();
  const all = await dragFrames(tab);
  return last ? all.slice(-60) : all;
}
