// Comparing feature states (see useFeatureState in mapContext.svelte.ts).
/**
 * Whether two feature states hold the same values. The values are flat (strings, numbers,
 * booleans), so a shallow comparison does; with thousands of places, serialising every state on
 * every date step cost more than the map's own repaint.
 */
export function sameState(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!Object.is(x[key], y[key])) return false;
  // A key left out and a key set to undefined are the same to the map (as they were to JSON).
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}
