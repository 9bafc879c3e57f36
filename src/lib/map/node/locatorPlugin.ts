import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { locatorMap } from '../locator.ts';
import { firstPaintPicture, splitPicture } from '../firstPaintPicture.ts';
import { BORDER_BOUNDS } from '../openingCamera.ts';
import type { BoundariesTopology } from '../basemap.ts';
import { BOUNDARIES_FILE } from '../../data/node/loadDataset.ts';
import { buildTimeModule } from '../../data/node/buildTimeModule.ts';

/** The module fact sheets import their locator map from (declared in src/virtual-modules.d.ts). */
export const LOCATOR_MODULE = 'virtual:mpp-locator';

/**
 * The fact sheets' locator map (every state's SVG path), worked out once at build time from the
 * basemap. As page data it was repeated in every sheet's HTML (~10 KB gzip each), and so in the
 * offline copy.
 */
export function locatorPlugin(file = BOUNDARIES_FILE): Plugin {
  return buildTimeModule(LOCATOR_MODULE, [file], () => locatorMap(JSON.parse(readFileSync(file, 'utf8')) as BoundariesTopology));
}

/** The modules the map imports its first-paint picture from (declared in src/virtual-modules.d.ts). */
export const FIRST_PAINT_MODULE = 'virtual:mpp-first-paint';
export const FIRST_PAINT_SHAPES_MODULE = 'virtual:mpp-first-paint-shapes';

/**
 * The picture the map page carries in its HTML (src/lib/map/firstPaintPicture.ts), at the opening
 * camera: its frame, which the app reads to colour it, and its outlines, which the prerendered HTML
 * holds and only the portable atlas's script carries (FirstPaintMap.svelte).
 */
export function firstPaintPlugins(file = BOUNDARIES_FILE): Plugin[] {
  // Both modules come from one picture, worked out again only when the boundaries file changes.
  let made: { text: string; parts: ReturnType<typeof splitPicture> } | undefined;
  const picture = () => {
    const text = readFileSync(file, 'utf8');
    if (made?.text !== text) made = { text, parts: splitPicture(firstPaintPicture(JSON.parse(text) as BoundariesTopology, BORDER_BOUNDS)) };
    return made.parts;
  };
  return [
    buildTimeModule(FIRST_PAINT_MODULE, [file], () => picture().frame),
    buildTimeModule(FIRST_PAINT_SHAPES_MODULE, [file], () => picture().shapes)
  ];
}
