// Web Mercator on the unit square, as MapLibre's world coordinates: x from 0 at 180° W to 1 at 180° E,
// y from 0 at the top (~85° N) down to 1. Shared by the first-paint picture and the label thinning.

export const mercatorX = (lon: number) => (lon + 180) / 360;
export const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};
