// What the legend explains, in one list that the on-screen legend and the exported image both read:
// the advisory levels, and the port and city stages with their colours.
import type { Messages } from '$lib/i18n';
import { ADVISORY_LEVEL_COLOURS, STAGE_COLOURS } from './palette';
import { LEGEND_COUNTS, NO_COUNT_RADIUS, radiusFor } from './returnsSymbol';

export const ADVISORY_LEVELS = [1, 2, 3, 4] as const;

export type LegendStage = 'not-yet' | 'mpp1' | 'winddown' | 'mpp2' | 'between';

export interface StageEntry {
  stage: LegendStage;
  /** A hollow marker: a date known only approximately, or use not confirmed. */
  hollow?: boolean;
  /** Also in the exported image's compact key (which leaves out the states a report seldom shows). */
  exported: boolean;
}

export const STAGE_ENTRIES: readonly StageEntry[] = [
  { stage: 'not-yet', exported: false },
  { stage: 'mpp1', exported: true },
  { stage: 'winddown', exported: true },
  { stage: 'mpp2', exported: true },
  { stage: 'between', exported: false },
  { stage: 'mpp1', hollow: true, exported: true }
];

export const stageColour = (entry: StageEntry) => STAGE_COLOURS[entry.stage];
export const stageLabel = (entry: StageEntry, t: Messages) => (entry.hollow ? t.legend.approximate : t.legend.stages[entry.stage]);

/** The advisory levels with their colours and labels. */
export function advisoryKey(t: Messages) {
  return ADVISORY_LEVELS.map((level) => ({ level, colour: ADVISORY_LEVEL_COLOURS[level], label: t.legend.levels[level] }));
}

/**
 * The exported image's key: headings, the levels, the stages it shows, and the circles of people
 * placed in MPP (radii in the map's CSS pixels before the presenting scale, as ReturnsLayer draws
 * them; `format` writes a count in the page's language).
 */
export function exportKey(t: Messages, format: (n: number) => string) {
  return {
    returns: {
      heading: t.legend.returns,
      sizes: LEGEND_COUNTS.map((n) => ({ label: format(n), radius: radiusFor(n) })),
      countLabel: t.legend.returnsCount,
      floorLabel: t.legend.returnsFloor,
      noneLabel: t.legend.returnsNone,
      noneRadius: NO_COUNT_RADIUS
    },
    advisoryHeading: t.legend.advisory,
    levels: advisoryKey(t).map((l) => l.label) as [string, string, string, string],
    stagesHeading: t.legend.ports,
    stages: STAGE_ENTRIES.filter((e) => e.exported).map((e) => ({ colour: stageColour(e), label: stageLabel(e, t), hollow: e.hollow }))
  };
}
