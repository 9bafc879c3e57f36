import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, LayerSpecification } from 'maplibre-gl';
import { beforeIdFor, type LayerId } from './layerOrder';

const KEY = Symbol('mpp-map');

export interface MapContext {
  /** The map once its style and basemap sources are loaded; null before that. */
  readonly map: MapLibreMap | null;
}

export function setMapContext(ctx: MapContext): void {
  setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('map layer components must be placed inside <MapView>');
  return ctx;
}

export type OrderedLayer = LayerSpecification & { id: LayerId };

/**
 * Adds a layer component's layers at their place in LAYER_ORDER while the component is mounted, and
 * removes them when it is destroyed. Call from a layer component's script.
 */
export function useLayers(layers: () => OrderedLayer[]): void {
  const ctx = getMapContext();
  $effect(() => {
    const map = ctx.map;
    if (!map) return;
    const specs = layers();
    for (const spec of specs) {
      if (!map.getLayer(spec.id)) map.addLayer(spec, beforeIdFor(map, spec.id));
    }
    return () => {
      // The map may already be gone when the whole page is torn down.
      if (!map.style) return;
      for (const spec of specs) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
    };
  });
}
