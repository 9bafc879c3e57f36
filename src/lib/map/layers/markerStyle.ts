import { STAGE_COLOURS, MARKER_OUTLINE } from '../palette';

// Expressions shared by the port and city markers: the stage colour, and whether the marker is in an
// active phase, both read from feature-state set by the time model.
export const stageColour = [
  'match',
  ['coalesce', ['feature-state', 'stage'], 'not-yet'],
  'mpp1', STAGE_COLOURS.mpp1,
  'winddown', STAGE_COLOURS.winddown,
  'mpp2', STAGE_COLOURS.mpp2,
  'between', STAGE_COLOURS.between,
  'ended', STAGE_COLOURS.ended,
  STAGE_COLOURS['not-yet']
];

export const activeStage = ['in', ['coalesce', ['feature-state', 'stage'], 'not-yet'], ['literal', ['mpp1', 'winddown', 'mpp2']]];

const hollow = ['boolean', ['feature-state', 'hollow'], false];
const notYet = ['==', ['coalesce', ['feature-state', 'stage'], 'not-yet'], 'not-yet'];

/** Solid markers are filled with the stage colour; hollow ones (approximate or unconfirmed) are rings. */
export const fillColour = ['case', ['any', hollow, notYet], MARKER_OUTLINE, stageColour];
export const ringColour = ['case', ['any', hollow, notYet], stageColour, MARKER_OUTLINE];
export const ringWidth = ['case', hollow, 3, notYet, 2, 1.5];
