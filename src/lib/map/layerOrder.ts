import type { Map as MapLibreMap } from 'maplibre-gl';

// Every map layer, bottom to top. Layer components add themselves in any order (or re-add after hot
// reload) and still land in the right place, because each is inserted below the next one listed here
// that is already on the map.
export const LAYER_ORDER = [
  'water',
  'context-land',
  'context-outline',
  'land',
  'advisory-fill',
  'state-borders',
  'national-border-casing',
  'national-border',
  'transfer-casing',
  'transfer-lines',
  'transfer-lines-open',
  'returns-symbols',
  'port-city-links',
  'city-markers',
  'port-highlight',
  'port-markers',
  'state-labels',
  'country-labels',
  'other-city-labels',
  'label-obstacles',
  'return-city-labels',
  'port-labels'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** The id of the layer the given one must be inserted before, or undefined to go on top. */
export function beforeIdFor(map: Pick<MapLibreMap, 'getLayer'>, id: LayerId): string | undefined {
  const index = LAYER_ORDER.indexOf(id);
  for (let i = index + 1; i < LAYER_ORDER.length; i++) {
    const candidate = LAYER_ORDER[i]!;
    if (map.getLayer(candidate)) return candidate;
  }
  return undefined;
}
