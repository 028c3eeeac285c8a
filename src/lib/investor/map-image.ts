/**
 * The map as shown, as an image to take away: the WebGL canvas read inside a `render` callback (the
 * drawing buffer is still intact there, so MapView needs no `preserveDrawingBuffer`), with a legend,
 * a scale bar, the attribution and the "illustrative boundaries" note drawn on top.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { EARTH_RADIUS_KM } from '../geo/spatial-index.ts';

export interface MapImageOverlay {
  /** Industries shown, with their map colours. */
  legend: { label: string; colour: string }[];
  legendTitle: string;
  attribution: string;
  note: string;
}

/** A round ground distance (km) whose bar is at most `maxPx` CSS pixels long at this latitude and zoom. */
export function scaleBar(latitude: number, zoom: number, maxPx = 120): { km: number; px: number } {
  // MapLibre tiles are 512 px: metres per pixel at the equator halve with each zoom level.
  const kmPerPx = (2 * Math.PI * EARTH_RADIUS_KM * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  const maxKm = maxPx * kmPerPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((m) => m * magnitude).find((candidate) => candidate <= maxKm) ?? magnitude;
  return { km, px: km / kmPerPx };
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
  ctx.font = '12px "Noto Sans CJK SC", "Noto Sans", sans-serif';
  ctx.textBaseline = 'middle';

  const box = (x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(x, y, w, h);
  };

  // Legend, top right.
  const rows = overlay.legend.slice(0, 16);
  const legendWidth = Math.min(260, Math.max(ctx.measureText(overlay.legendTitle).width, ...rows.map((r) => ctx.measureText(r.label).width + 20)) + 16);
  box(width - legendWidth - 8, 8, legendWidth, 22 + rows.length * 16);
  ctx.fillStyle = '#111827';
  ctx.fillText(overlay.legendTitle, width - legendWidth, 19);
  rows.forEach((row, i) => {
    const y = 35 + i * 16;
    ctx.fillStyle = row.colour;
    ctx.beginPath();
    ctx.arc(width - legendWidth + 5, y, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#111827';
    ctx.fillText(row.label, width - legendWidth + 16, y);
  });

  // Scale bar, bottom left (at the map's centre latitude).
  const { km, px } = scaleBar(map.getCenter().lat, map.getZoom());
  box(8, height - 30, px + 70, 22);
  ctx.strokeStyle = '#111827';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(14, height - 14);
  ctx.lineTo(14, height - 19);
  ctx.moveTo(14, height - 14);
  ctx.lineTo(14 + px, height - 14);
  ctx.lineTo(14 + px, height - 19);
  ctx.stroke();
  ctx.fillStyle = '#111827';
  ctx.fillText(`${km} km`, 20 + px, height - 19);

  // Note and attribution, bottom right.
  const lines = [overlay.note, `© ${overlay.attribution}`];
  const textWidth = Math.max(...lines.map((l) => ctx.measureText(l).width));
  box(width - textWidth - 16, height - 40, textWidth + 12, 36);
  ctx.fillStyle = '#111827';
  lines.forEach((line, i) => ctx.fillText(line, width - textWidth - 10, height - 30 + i * 16));
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
