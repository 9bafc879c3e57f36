// Basemap colours: a calm, warm-neutral ground that stays readable on washed-out projectors and
// leaves the saturated end of the colour space free for the advisory-risk scale drawn on top.
export const BASEMAP = {
  water: '#cbd8e1',
  contextLand: '#e9e6e0',
  contextOutline: '#c4c8cb',
  land: '#f8f6f1',
  stateBorder: '#bdb6aa',
  nationalBorder: '#4d4943',
  nationalBorderCasing: '#f8f6f1',
  stateLabel: '#5e584f',
  countryLabel: '#2f2c28',
  labelHalo: '#f8f6f1'
} as const;

// Travel-advisory levels 1–4: one warm sequential ramp whose lightness falls steadily with the level,
// so the order reads without colour vision and survives a washed-out projector. Level 1 stays clearly
// warmer than the plain land colour, so "normal precautions" never looks like "no data".
export const ADVISORY_LEVEL_COLOURS = {
  1: '#efe3bf',
  2: '#f2bd5e',
  3: '#dd6f2e',
  4: '#a3162a'
} as const;

// Port and city stages (Okabe–Ito hues, distinct for common colour-vision deficiencies and far from
// the advisory ramp): blue for MPP 1.0 returns, bluish green for the wind-down, near-black for MPP 2.0.
export const STAGE_COLOURS = {
  'not-yet': '#8d8d8d',
  mpp1: '#0072b2',
  winddown: '#009e73',
  mpp2: '#1d1a33',
  between: '#6e6e6e',
  ended: '#6e6e6e'
} as const;

export const MARKER_OUTLINE = '#ffffff';

/** A state's fill in the still pictures (no WebGL, first paint): its advisory level, else plain land. */
export function stillStateFill(level: number | null | undefined, country: string): string {
  if (level) return ADVISORY_LEVEL_COLOURS[level as 1 | 2 | 3 | 4];
  return country === 'MX' ? '#ece8df' : BASEMAP.land;
}

/** A port's or city's marker colour for its stage; no stage yet reads as "not yet part of MPP". */
export function stageColour(stage: string | undefined): string {
  return STAGE_COLOURS[(stage ?? 'not-yet') as keyof typeof STAGE_COLOURS] ?? STAGE_COLOURS['not-yet'];
}
