// Saves the current view as a PNG for reports: the map at high resolution with the title, date,
// chapter caption, advisory key, port legend and credits drawn around it.
import { downloadBlob } from '$lib/download';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ADVISORY_LEVEL_COLOURS } from '$lib/map/palette';
import { RETURNS_COLOURS } from '$lib/map/returnsSymbol';

export interface ExportText {
  title: string;
  date: string;
  caption?: string;
  advisoryHeading: string;
  levels: [string, string, string, string];
  stagesHeading: string;
  stages: { colour: string; label: string; hollow?: boolean }[];
  /** The circles of people placed in MPP; radii in the map's CSS pixels before `symbolScale`. */
  returns: {
    heading: string;
    sizes: { label: string; radius: number }[];
    countLabel: string;
    floorLabel: string;
    noneLabel: string;
    noneRadius: number;
  };
  /** The markers' scale on the map (larger when presenting), so the key's circles match the map's. */
  symbolScale: number;
  credits: string;
}

/** The smallest output the export promises, in pixels. */
export const MIN_WIDTH = 1920;
export const MIN_HEIGHT = 1080;

/** Renders the map at `pixelRatio` and returns its canvas as an image, drawn completely. */
async function captureMap(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  map.setPixelRatio(pixelRatio);
  try {
    // Wait until every tile and label is in place, then read the canvas inside the render callback,
    // while its drawing buffer still holds the frame (it is cleared once composited).
    await new Promise<void>((resolve) => (map.loaded() && map.areTilesLoaded() ? resolve() : map.once('idle', () => resolve())));
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    // The app never fixes the ratio otherwise. Clearing the override (null, as MapLibre documents,
    // though its types take only numbers) lets the map take devicePixelRatio again at its next resize,
    // e.g. on another screen; restoring the number read before would pin it to the ratio of the moment.
    map.setPixelRatio(null as unknown as number);
  }
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderExport(map: MapLibreMap, text: ExportText): Promise<HTMLCanvasElement> {
  const css = map.getCanvas().getBoundingClientRect();
  const ratio = Math.max(2, MIN_WIDTH / css.width, (MIN_HEIGHT * 0.7) / css.height);
  const shot = await captureMap(map, ratio);

  const W = Math.max(MIN_WIDTH, shot.width);
  const u = W / 1920; // one design pixel
  const header = Math.round(140 * u);
  const footer = Math.round(250 * u);
  const mapH = Math.round((shot.height / shot.width) * W);
  const H = Math.max(MIN_HEIGHT, header + mapH + footer);

  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.drawImage(shot, 0, header, W, mapH);

  const font = (weight: number, size: number) => `${weight} ${Math.round(size * u)}px "Noto Sans", sans-serif`;
  ctx.fillStyle = '#1f2a36';
  ctx.fillRect(0, 0, W, header);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(600, 40);
  ctx.fillText(text.title, 40 * u, 62 * u);
  ctx.font = font(600, 34);
  ctx.textAlign = 'right';
  ctx.fillText(text.date, W - 40 * u, 62 * u);
  ctx.textAlign = 'left';
  if (text.caption) {
    ctx.font = font(400, 24);
    ctx.fillText(wrap(ctx, text.caption, W - 80 * u)[0] ?? '', 40 * u, 112 * u);
  }

  // Legend band: the advisory key, the port stages, then the credits line.
  const top = header + mapH;
  ctx.fillStyle = '#f4f2ee';
  ctx.fillRect(0, top, W, H - top);
  ctx.fillStyle = '#1f1d1a';
  ctx.font = font(600, 22);
  ctx.fillText(text.advisoryHeading, 40 * u, top + 40 * u);
  ctx.font = font(400, 20);
  text.levels.forEach((label, i) => {
    const x = 40 * u + (i % 2) * 430 * u;
    const y = top + 62 * u + Math.floor(i / 2) * 38 * u;
    ctx.fillStyle = ADVISORY_LEVEL_COLOURS[(i + 1) as 1 | 2 | 3 | 4];
    ctx.fillRect(x, y, 44 * u, 26 * u);
    ctx.fillStyle = '#1f1d1a';
    ctx.fillText(label, x + 56 * u, y + 20 * u);
  });
  const sx = 960 * u;
  ctx.font = font(600, 22);
  ctx.fillText(text.stagesHeading, sx, top + 40 * u);
  ctx.font = font(400, 20);
  text.stages.forEach((s, i) => {
    const x = sx + (i % 2) * 460 * u;
    const y = top + 62 * u + Math.floor(i / 2) * 38 * u;
    ctx.beginPath();
    ctx.arc(x + 13 * u, y + 13 * u, 11 * u, 0, Math.PI * 2);
    ctx.fillStyle = s.hollow ? '#ffffff' : s.colour;
    ctx.fill();
    ctx.lineWidth = (s.hollow ? 5 : 2) * u;
    ctx.strokeStyle = s.hollow ? s.colour : '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#1f1d1a';
    ctx.fillText(s.label, x + 34 * u, y + 20 * u);
  });

  // The circles of people placed in MPP, at the size the map draws them in this image.
  const mapScale = (W / css.width) * text.symbolScale;
  const ring = (x: number, y: number, r: number, fill: string, stroke: string, width: number, opacity = 0.95) => {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.globalAlpha = opacity;
    ctx.lineWidth = width * mapScale;
    ctx.strokeStyle = stroke;
    ctx.stroke();
    ctx.globalAlpha = 1;
  };
  const rowTop = top + 150 * u;
  const base = rowTop + 50 * u;
  ctx.fillStyle = '#1f1d1a';
  ctx.font = font(600, 22);
  ctx.fillText(text.returns.heading, 40 * u, rowTop + 4 * u);
  ctx.font = font(400, 20);
  let x = 40 * u;
  for (const size of text.returns.sizes) {
    const r = size.radius * mapScale;
    ring(x + r, base - r, r, `rgba(255,255,255,${RETURNS_COLOURS.washOpacity})`, RETURNS_COLOURS.ink, 2);
    ctx.fillStyle = '#1f1d1a';
    ctx.fillText(size.label, x + 2 * r + 8 * u, base - 2 * u);
    x += 2 * r + 8 * u + ctx.measureText(size.label).width + 22 * u;
  }
  ctx.fillText(text.returns.countLabel, x, base - 2 * u);
  x += ctx.measureText(text.returns.countLabel).width + 40 * u;
  const floor = 12 * mapScale;
  ring(x + floor, base - 12 * u, floor, 'rgba(0,0,0,0)', RETURNS_COLOURS.ink, 1.6);
  ctx.fillStyle = '#1f1d1a';
  ctx.fillText(text.returns.floorLabel, x + 2 * floor + 10 * u, base - 2 * u);
  x += 2 * floor + 10 * u + ctx.measureText(text.returns.floorLabel).width + 40 * u;
  const none = text.returns.noneRadius * mapScale;
  ring(x + none, base - 12 * u, none, 'rgba(0,0,0,0)', RETURNS_COLOURS.noCount, 1.4, 0.75);
  ctx.fillStyle = '#1f1d1a';
  ctx.fillText(text.returns.noneLabel, x + 2 * none + 10 * u, base - 2 * u);

  ctx.font = font(400, 17);
  ctx.fillStyle = '#5b564e';
  ctx.fillText(wrap(ctx, text.credits, W - 80 * u)[0] ?? '', 40 * u, H - 24 * u);
  return out;
}

export async function downloadPng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  downloadBlob(blob, filename);
}
