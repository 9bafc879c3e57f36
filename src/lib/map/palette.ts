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
