// Saves the current view as a PNG for reports: the map at high resolution with the title, date,
// chapter caption, advisory key, port legend and credits drawn around it.
import { downloadBlob } from '$lib/download';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ADVISORY_LEVEL_COLOURS, STAGE_COLOURS } from '$lib/map/palette';
import { RETURNS_COLOURS } from '$lib/map/returnsSymbol';
import { flowLayout, type KeyBlock, type KeyItem } from './keyLayout';

export interface ExportText {
  title: string;
  date: string;
  caption?: string;
  advisoryHeading: string;
  levels: [string, string, string, string];
  stagesHeading: string;
  stages: { colour: string; label: string; hollow?: boolean }[];
  /** The onward transfers' entry, given when the view shows a transfer line (mapState's transferInView). */
  transfer?: string;
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

type Ctx = CanvasRenderingContext2D;
/** A key entry: its measured size, and how it draws itself with its left edge at x and its text on `base`. */
type Entry = KeyItem & { draw: (ctx: Ctx, x: number, base: number) => void };
/** A heading and its entries, placed in a column. */
type Section = { heading: string; entries: Entry[]; block: KeyBlock };

/**
 * The key under the map, measured and placed before the image is made: the advisory levels and the
 * circles of people placed in MPP on the left, the port stages (and onward transfers) on the right,
 * each section in as many columns as its labels allow.
 */
function layoutKey(ctx: Ctx, text: ExportText, u: number, W: number, mapScale: number, font: (weight: number, size: number) => string) {
  ctx.font = font(400, 20);
  const ink = '#1f1d1a';
  const label = (c: Ctx, words: string, x: number, base: number) => {
    c.fillStyle = ink;
    c.fillText(words, x, base);
  };
  // Marks sit on a 26-unit box whose text baseline is 20 units down (as the labels' cap height).
  const boxed = (markWidth: number, words: string, mark: (c: Ctx, x: number, base: number) => void): Entry => ({
    width: markWidth + ctx.measureText(words).width,
    above: 20 * u,
    below: 6 * u,
    draw: (c, x, base) => {
      mark(c, x, base);
      label(c, words, x + markWidth, base);
    }
  });
  const levels = text.levels.map((words, i) =>
    boxed(56 * u, words, (c, x, base) => {
      c.fillStyle = ADVISORY_LEVEL_COLOURS[(i + 1) as 1 | 2 | 3 | 4];
      c.fillRect(x, base - 20 * u, 44 * u, 26 * u);
    })
  );
  const stages = text.stages.map((s) =>
    boxed(34 * u, s.label, (c, x, base) => {
      c.beginPath();
      c.arc(x + 13 * u, base - 7 * u, 11 * u, 0, Math.PI * 2);
      c.fillStyle = s.hollow ? '#ffffff' : s.colour;
      c.fill();
      c.lineWidth = (s.hollow ? 5 : 2) * u;
      c.strokeStyle = s.hollow ? s.colour : '#ffffff';
      c.stroke();
    })
  );
  if (text.transfer) {
    // The legend's sample (TransferSwatch): a dashed arc to a city's square, in MPP 1.0's colour.
    stages.push(
      boxed(34 * u, text.transfer, (c, x, base) => {
        c.save();
        c.strokeStyle = STAGE_COLOURS.mpp1;
        c.lineWidth = 3.5 * u;
        c.setLineDash([6 * u, 4 * u]);
        c.beginPath();
        c.moveTo(x + 1 * u, base + 5 * u);
        c.quadraticCurveTo(x + 8 * u, base - 18 * u, x + 18 * u, base - 9 * u);
        c.stroke();
        c.restore();
        c.fillStyle = STAGE_COLOURS.mpp1;
        c.fillRect(x + 17 * u, base - 15 * u, 11 * u, 11 * u);
      })
    );
  }

  // The circles of people placed in MPP, at the size the map draws them in this image.
  const ring = (c: Ctx, x: number, y: number, r: number, fill: string, stroke: string, width: number, opacity = 0.95) => {
    c.beginPath();
    c.arc(x, y, r, 0, Math.PI * 2);
    c.fillStyle = fill;
    c.fill();
    c.globalAlpha = opacity;
    c.lineWidth = width * mapScale;
    c.strokeStyle = stroke;
    c.stroke();
    c.globalAlpha = 1;
  };
  const sizes = text.returns.sizes.map((size) => ({ ...size, r: size.radius * mapScale, labelWidth: ctx.measureText(size.label).width }));
  const sampleWidth = sizes.reduce((sum, size) => sum + 2 * size.r + 8 * u + size.labelWidth + 22 * u, 0);
  const counts: Entry = {
    width: sampleWidth + ctx.measureText(text.returns.countLabel).width,
    above: Math.max(20 * u, ...sizes.map((size) => 2 * size.r + 2 * mapScale)),
    below: 6 * u,
    draw: (c, x, base) => {
      for (const size of sizes) {
        ring(c, x + size.r, base - size.r, size.r, `rgba(255,255,255,${RETURNS_COLOURS.washOpacity})`, RETURNS_COLOURS.ink, 2);
        label(c, size.label, x + 2 * size.r + 8 * u, base - 2 * u);
        x += 2 * size.r + 8 * u + size.labelWidth + 22 * u;
      }
      label(c, text.returns.countLabel, x, base - 2 * u);
    }
  };
  // The two other circles are centred on the text's middle.
  const centred = (r: number, words: string, stroke: string, width: number, opacity?: number): Entry => ({
    width: 2 * r + 10 * u + ctx.measureText(words).width,
    above: Math.max(20 * u, 12 * u + r + width * mapScale),
    below: Math.max(6 * u, r - 12 * u + width * mapScale),
    draw: (c, x, base) => {
      ring(c, x + r, base - 12 * u, r, 'rgba(0,0,0,0)', stroke, width, opacity);
      label(c, words, x + 2 * r + 10 * u, base - 2 * u);
    }
  });
  const returns = [
    counts,
    centred(12 * mapScale, text.returns.floorLabel, RETURNS_COLOURS.ink, 1.6),
    centred(text.returns.noneRadius * mapScale, text.returns.noneLabel, RETURNS_COLOURS.noCount, 1.4, 0.75)
  ];

  const [leftWidth, rightX] = [880 * u, 960 * u];
  const left: Section[] = [
    { heading: text.advisoryHeading, entries: levels, block: flowLayout(levels, leftWidth, 30 * u, 12 * u, { columns: true }) },
    { heading: text.returns.heading, entries: returns, block: flowLayout(returns, leftWidth, 40 * u, 12 * u) }
  ];
  const right: Section[] = [{ heading: text.stagesHeading, entries: stages, block: flowLayout(stages, W - 40 * u - rightX, 30 * u, 12 * u, { columns: true }) }];
  // A heading's baseline, then its entries 22 units below it; sections 34 units apart.
  const sectionHeight = (section: Section) => 22 * u + 22 * u + section.block.height;
  const columnHeight = (sections: Section[]) => sections.reduce((sum, section) => sum + sectionHeight(section), 0) + (sections.length - 1) * 34 * u;
  const drawColumn = (c: Ctx, sections: Section[], x0: number, top: number) => {
    for (const section of sections) {
      c.font = font(600, 22);
      label(c, section.heading, x0, top + 22 * u);
      c.font = font(400, 20);
      section.entries.forEach((entry, i) => entry.draw(c, x0 + section.block.places[i]!.x, top + 44 * u + section.block.places[i]!.base));
      top += sectionHeight(section) + 34 * u;
    }
  };
  return {
    height: Math.max(columnHeight(left), columnHeight(right)),
    draw: (c: Ctx, top: number) => {
      drawColumn(c, left, 40 * u, top);
      drawColumn(c, right, rightX, top);
    }
  };
}

export async function renderExport(map: MapLibreMap, text: ExportText): Promise<HTMLCanvasElement> {
  const css = map.getCanvas().getBoundingClientRect();
  const ratio = Math.max(2, MIN_WIDTH / css.width, (MIN_HEIGHT * 0.7) / css.height);
  const shot = await captureMap(map, ratio);

  const W = Math.max(MIN_WIDTH, shot.width);
  const u = W / 1920; // one design pixel
  const font = (weight: number, size: number) => `${weight} ${Math.round(size * u)}px "Noto Sans", sans-serif`;
  const key = layoutKey(document.createElement('canvas').getContext('2d')!, text, u, W, (W / css.width) * text.symbolScale, font);
  const header = Math.round(140 * u);
  // The key, 18 units below the map, and the credits' line under it.
  const footer = Math.round(18 * u + key.height + 70 * u);
  const mapH = Math.round((shot.height / shot.width) * W);
  const H = Math.max(MIN_HEIGHT, header + mapH + footer);

  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.drawImage(shot, 0, header, W, mapH);

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

  const top = header + mapH;
  ctx.fillStyle = '#f4f2ee';
  ctx.fillRect(0, top, W, H - top);
  key.draw(ctx, top + 18 * u);

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
