/**
 * The map as an image to take away: the WebGL canvas read inside a `render` callback (the drawing
 * buffer is still intact there, so MapView needs no `preserveDrawingBuffer`), with the shortlist
 * framed and ringed, and a legend, a scale bar, the attribution and the "illustrative boundaries"
 * note drawn on top, each laid out to fit the canvas whole (wrapped, in columns) at phone sizes too.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { EARTH_RADIUS_KM } from '../geo/spatial-index.ts';

export interface LegendRow {
  label: string;
  colour: string;
  /** `ring`: the shortlist marker; default a filled dot. */
  symbol?: 'dot' | 'ring';
}

export interface MapImageOverlay {
  legend: LegendRow[];
  legendTitle: string;
  attribution: string;
  note: string;
  /** Places to ring and number (the shortlist), in order. */
  highlight?: { lngLat: readonly [number, number]; label: string }[];
}

/** The colour the shortlist is ringed in (and its legend row). */
export const HIGHLIGHT_COLOUR = '#e11d48';
/** The legend box's outline: a whole box in the image means an uncut legend. */
export const LEGEND_BORDER = '#0f3d56';

/** A round ground distance (km) whose bar is at most `maxPx` CSS pixels long at this latitude and zoom. */
export function scaleBar(latitude: number, zoom: number, maxPx = 120): { km: number; px: number } {
  // MapLibre tiles are 512 px: metres per pixel at the equator halve with each zoom level.
  const kmPerPx = (2 * Math.PI * EARTH_RADIUS_KM * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  const maxKm = maxPx * kmPerPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * magnitude).find((candidate) => candidate <= maxKm) ?? magnitude;
  return { km, px: km / kmPerPx };
}

/** Breaks a text into lines no wider than `maxWidth` (by words, or by characters for Chinese). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && measure(line + token.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** Draws the next frame of the map and copies it, overlays added, to a new canvas. */
export function captureMap(map: MapLibreMap, overlay: MapImageOverlay): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        resolve(compose(map, overlay));
      } catch (error) {
        reject(error as Error);
      }
    });
    map.triggerRepaint();
  });
}

/**
 * Frames the given places (the shortlist), captures, and puts the camera back where the reader had it.
 * Without places the view is captured as it is.
 */
export async function captureFramed(map: MapLibreMap, overlay: MapImageOverlay): Promise<HTMLCanvasElement> {
  const points = overlay.highlight ?? [];
  if (points.length === 0) return captureMap(map, overlay);
  const before = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const lons = points.map((p) => p.lngLat[0]);
  const lats = points.map((p) => p.lngLat[1]);
  const bounds: LngLatBoundsLike = [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
  const canvas = map.getCanvas();
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  // Room for the legend (top right), the note and scale bar (bottom) and the labels beside the rings.
  const padding = { top: Math.round(h * 0.22), bottom: Math.round(h * 0.22), left: Math.round(w * 0.12), right: Math.round(w * 0.3) };
  await new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.fitBounds(bounds, { padding, maxZoom: 9, animate: false, bearing: 0, pitch: 0 });
    map.triggerRepaint();
  });
  try {
    return await captureMap(map, overlay);
  } finally {
    map.jumpTo(before);
  }
}

function compose(map: MapLibreMap, overlay: MapImageOverlay): HTMLCanvasElement {
  const source = map.getCanvas();
  const out = source.ownerDocument.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to compose the map image');
  ctx.drawImage(source, 0, 0);
  const ratio = source.width / Math.max(1, source.clientWidth);
  ctx.scale(ratio, ratio);
  const width = source.clientWidth;
  const height = source.clientHeight;
  const narrow = width < 520;
  const fontPx = narrow ? 11 : 12;
  const lineH = fontPx + 4;
  ctx.font = `${fontPx}px "Noto Sans CJK SC", "Noto Sans", sans-serif`;
  ctx.textBaseline = 'middle';
  const measure = (s: string) => ctx.measureText(s).width;
  const box = (x: number, y: number, w: number, h: number, border = false) => {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.fillRect(x, y, w, h);
    if (border) {
      ctx.strokeStyle = LEGEND_BORDER;
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    }
  };

  // The shortlist: a ring and its number on each place, the name beside it.
  (overlay.highlight ?? []).forEach((place, i) => {
    const { x, y } = map.project([place.lngLat[0], place.lngLat[1]]);
    ctx.lineWidth = 5;
    ctx.strokeStyle = 'white';
    ctx.beginPath();
    ctx.arc(x, y, 11, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.lineWidth = 3;
    ctx.strokeStyle = HIGHLIGHT_COLOUR;
    ctx.beginPath();
    ctx.arc(x, y, 11, 0, 2 * Math.PI);
    ctx.stroke();
    const label = `${i + 1}. ${place.label}`;
    const lw = Math.min(measure(label), width * 0.45);
    box(x + 15, y - lineH / 2 - 1, lw + 8, lineH + 2);
    ctx.fillStyle = '#111827';
    ctx.fillText(label, x + 19, y, width * 0.45);
  });

  // Note and attribution, bottom, wrapped to the width left of the scale bar's column.
  const { km, px } = scaleBar(map.getCenter().lat, map.getZoom(), Math.min(120, width * 0.3));
  const scaleW = px + 60;
  const noteMax = Math.max(120, (narrow ? width - 24 : width - scaleW - 40) - 12);
  const noteLines = [overlay.note, `© ${overlay.attribution}`].flatMap((l) => wrapText(l, noteMax, measure));
  const noteW = Math.max(...noteLines.map(measure)) + 12;
  const noteH = noteLines.length * lineH + 8;
  const noteX = width - noteW - 8;
  const noteY = height - noteH - 8;
  box(noteX, noteY, noteW, noteH);
  ctx.fillStyle = '#111827';
  noteLines.forEach((line, i) => ctx.fillText(line, noteX + 6, noteY + 4 + lineH / 2 + i * lineH));

  // Scale bar, bottom left (above the note on a phone), at the map's centre latitude.
  const scaleY = narrow ? noteY - 30 : height - 30;
  box(8, scaleY, scaleW, 22);
  ctx.strokeStyle = '#111827';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(14, scaleY + 11);
  ctx.lineTo(14, scaleY + 16);
  ctx.lineTo(14 + px, scaleY + 16);
  ctx.lineTo(14 + px, scaleY + 11);
  ctx.stroke();
  ctx.fillStyle = '#111827';
  ctx.fillText(`${km} km`, 20 + px, scaleY + 9);

  // Legend, top right: every row, wrapped, in as many columns as the height above the scale bar needs.
  const maxColW = Math.min(240, (width - 24) / (narrow ? 1 : 2));
  const rows = overlay.legend.map((r) => ({ ...r, lines: wrapText(r.label, maxColW - 24, measure) }));
  const title = wrapText(overlay.legendTitle, maxColW * 2 - 12, measure);
  const avail = Math.max(lineH * 3, (narrow ? scaleY : noteY) - 8 - 12 - title.length * lineH - 8);
  const columns: (typeof rows)[] = [[]];
  let used = 0;
  for (const r of rows) {
    const rh = r.lines.length * lineH;
    if (used + rh > avail && columns[columns.length - 1].length) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1].push(r);
    used += rh;
  }
  const colW = columns.map((c) => Math.max(0, ...c.map((r) => Math.max(...r.lines.map(measure)) + 24)));
  const legendW = Math.min(width - 16, Math.max(measure(title[0]) + 12, colW.reduce((a, b) => a + b, 0) + 12));
  const legendH = 10 + title.length * lineH + Math.max(...columns.map((c) => c.reduce((n, r) => n + r.lines.length * lineH, 0))) + 6;
  // Whole pixels, so the outline is crisp (and a test can find the box by its colour).
  const lx = Math.round(width - legendW - 8);
  const ly = 8;
  box(lx, ly, Math.round(legendW), Math.round(legendH), true);
  ctx.fillStyle = '#111827';
  title.forEach((line, i) => ctx.fillText(line, lx + 6, ly + 5 + lineH / 2 + i * lineH));
  let cx = lx + 6;
  columns.forEach((column, ci) => {
    let y = ly + 5 + title.length * lineH + lineH / 2;
    for (const r of column) {
      if (r.symbol === 'ring') {
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = r.colour;
        ctx.beginPath();
        ctx.arc(cx + 6, y, 5, 0, 2 * Math.PI);
        ctx.stroke();
      } else {
        ctx.fillStyle = r.colour;
        ctx.beginPath();
        ctx.arc(cx + 6, y, 5, 0, 2 * Math.PI);
        ctx.fill();
      }
      ctx.fillStyle = '#111827';
      r.lines.forEach((line, i) => ctx.fillText(line, cx + 18, y + i * lineH));
      y += r.lines.length * lineH;
    }
    cx += colW[ci];
  });
  return out;
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the map image could not be encoded'))), 'image/png'));
}

/** Hands a file to the browser's download, from a node of the instance's document (no globals). */
export function download(near: Node, name: string, blob: Blob): void {
  const doc = near.ownerDocument ?? (near as Document);
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  (doc.body ?? doc.documentElement).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
