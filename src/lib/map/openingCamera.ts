/**
 * The border from Tijuana to Matamoros, with a little of each country around it: what the map fits on
 * load, and what the first-paint picture is drawn at. The south edge takes in Tamaulipas's name (its
 * label point is at 24.3° N): that state was "Do not travel" for most of MPP.
 */
export const BORDER_BOUNDS: [[number, number], [number, number]] = [
  [-118.2, 24.0],
  [-96.6, 34.0]
];
