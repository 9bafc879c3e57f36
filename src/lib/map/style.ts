import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapData } from './basemap';
import type { Lang } from '$lib/i18n';
import { BASEMAP } from './palette';

// Kept apart so that the build-time picture (node/locatorPlugin.ts) can import it without the style.
export { BORDER_BOUNDS } from './openingCamera';

/**
 * Points along the border's course (sampled from the basemap's national border: the southernmost
 * vertex every ~1.2° of longitude), which the briefing camera keeps clear of a chapter's caption so
 * that a "whole border" chapter shows the whole border.
 */
export const BORDER_COURSE: [number, number][] = [
  [-117.13, 32.53],
  [-114.82, 32.5],
  [-111.07, 31.33],
  [-108.97, 31.33],
  [-105.86, 31.29],
  [-104.62, 29.83],
  [-103.15, 28.99],
  [-101.01, 29.38],
  [-99.81, 27.77],
  [-98.65, 26.24],
  [-97.43, 25.85]
];

/** The attribution line's height, drawn over the map's lower right corner (~23 px; ~29 presenting). */
export const ATTRIBUTION_ROOM = 30;

/**
 * Room on the right for city names, which are set to the right of their markers, and for the zoom
 * buttons beside the eastern end of the border (Matamoros), where the map is narrower than it is tall;
 * at the bottom, for the attribution line.
 */
export const BORDER_PADDING = { top: 16, bottom: 16 + ATTRIBUTION_ROOM, left: 16, right: 110 };
/** Presenting, names are 1.4× as wide: at 1366 × 768 the end of "Matamoros" lay under the zoom buttons. */
export const PRESENTING_BORDER_PADDING = { ...BORDER_PADDING, right: 150 };
/** The padding the opening view is fitted in, browsing or presenting. */
export const borderPadding = (present: boolean) => (present ? PRESENTING_BORDER_PADDING : BORDER_PADDING);

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

export interface FontUrls {
  regular: string;
  semibold: string;
}

/**
 * The style's global state: what the layers read that the page decides. The first style starts
 * from the page's values, so a presenting link or a link to a city is laid out once, not laid out
 * and then laid out again when the state changes after the style has loaded.
 */
export interface MapStyleState {
  lang: Lang;
  /** Presentation mode: markers and names ×PRESENT_SYMBOL_SCALE. */
  present: boolean;
  /** The high-contrast theme. */
  contrast: boolean;
  /** The id of the city whose panel is open (CitiesLayer names it first), '' for none. */
  openCity: string;
}

/**
 * The style the map starts with: the basemap sources, fonts and shared state, plus the layers and
 * sources the layer components (src/lib/map/layers) registered, already in LAYER_ORDER. Putting
 * them all in the first style lets MapLibre load everything in one pass instead of a second one
 * after 'load'. No glyphs or sprite URL: text is drawn locally from the font files shipped with
 * the app, so nothing is requested from elsewhere.
 */
export function baseStyle(
  data: BasemapData,
  fonts: FontUrls,
  initial: MapStyleState,
  registered: { layers: LayerSpecification[]; sources: Record<string, SourceSpecification> } = { layers: [], sources: {} }
): StyleSpecification {
  return {
    version: 8,
    name: 'MPP Atlas basemap',
    state: {
      lang: { default: initial.lang },
      present: { default: initial.present },
      contrast: { default: initial.contrast },
      openCity: { default: initial.openCity }
    },
    'font-faces': {
      [FONT_REGULAR]: fonts.regular,
      [FONT_SEMIBOLD]: fonts.semibold
    },
    sources: {
      states: { type: 'geojson', data: data.states, promoteId: 'iso' },
      'state-labels': { type: 'geojson', data: data.stateLabels },
      'state-borders': { type: 'geojson', data: data.stateBorders },
      'national-border': { type: 'geojson', data: data.nationalBorder },
      countries: { type: 'geojson', data: data.countries },
      'country-labels': { type: 'geojson', data: data.countryLabels },
      ...registered.sources
    },
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': BASEMAP.water } }, ...registered.layers]
  };
}

/** A label in the map's current language (the `lang` global state), from nameEn / nameEs properties. */
export const localisedName = [
  'case',
  ['==', ['global-state', 'lang'], 'es'],
  ['get', 'nameEs'],
  ['get', 'nameEn']
] as const;

/** How much markers and labels grow in presentation mode (also on the still map). */
export const PRESENT_SYMBOL_SCALE = 1.4;
/** True in presentation mode (the `present` global state). */
export const PRESENTING = ['boolean', ['global-state', 'present'], false] as const;
/** Markers and labels grow by PRESENT_SYMBOL_SCALE in presentation mode. */
export const PRESENT_SCALE = ['case', PRESENTING, PRESENT_SYMBOL_SCALE, 1] as const;
/** Multiplies a number (or number expression) by the presentation scale. */
export const scaled = (value: unknown) => ['*', value, PRESENT_SCALE] as never;
/**
 * `value` as a per-feature expression (it reads a feature-state nobody sets, so it is always `value`).
 * MapLibre compiles one shader for each layer type and each mix of constant and per-feature paint
 * properties, and each new one slows the first frames that use it: layers of one type share one
 * mix, and so one shader (the measurement is in docs/performance.md).
 */
export const perFeature = (value: unknown) => ['case', ['boolean', ['feature-state', 'sharedShader'], false], value, value] as never;
/** Lines that carry meaning get heavier in the high-contrast theme (the `contrast` global state). */
export const CONTRAST_WIDTH = ['case', ['boolean', ['global-state', 'contrast'], false], 1.8, 1] as const;
