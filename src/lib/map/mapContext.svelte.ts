import { getContext, onDestroy, setContext } from 'svelte';
import type { Map as MapLibreMap, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { beforeIdFor, LAYER_ORDER, type LayerId } from './layerOrder';
import { sameState } from './featureState';

const KEY = Symbol('mpp-map');

/**
 * The map as its layer components see it. The page provides it (provideMap) so that a mode's own
 * layers, mounted beside the map rather than inside it, find the same map.
 */
export class MapContext {
  /** The map once its style (every registered layer and source included) is loaded; null before that. */
  map = $state.raw<MapLibreMap | null>(null);
  readonly registrations = new Set<LayerRegistration>();

  /**
   * Registers a layer component's layers and sources before the map exists, so the map starts with
   * all of them in its first style (one loading pass). Returns a function that unregisters them.
   */
  register(entry: LayerRegistration): () => void {
    this.registrations.add(entry);
    return () => this.registrations.delete(entry);
  }
}

export interface LayerRegistration {
  layers: () => OrderedLayer[];
  sources: () => Record<string, SourceSpecification>;
}

export function provideMap(): MapContext {
  return setContext(KEY, new MapContext());
}

/** The page's map, or (for a map with no page around it) a new one for this component's children. */
export function useMapContext(): MapContext {
  return getContext<MapContext | undefined>(KEY) ?? provideMap();
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('map layer components must be placed inside <MapView> or a page that provides the map');
  return ctx;
}

export type OrderedLayer = LayerSpecification & { id: LayerId };

/**
 * The first style's layers and sources from every registered component, layers in LAYER_ORDER.
 */
export function collectRegistered(entries: Iterable<LayerRegistration>): { layers: OrderedLayer[]; sources: Record<string, SourceSpecification> } {
  const layers: OrderedLayer[] = [];
  const sources: Record<string, SourceSpecification> = {};
  for (const entry of entries) {
    Object.assign(sources, entry.sources());
    layers.push(...entry.layers());
  }
  layers.sort((a, b) => LAYER_ORDER.indexOf(a.id) - LAYER_ORDER.indexOf(b.id));
  return { layers, sources };
}

/**
 * Adds a layer component's layers at their place in LAYER_ORDER while the component is mounted, and
 * removes them when it is destroyed. Call from a layer component's script.
 */
export function useLayers(layers: () => OrderedLayer[], sources: () => Record<string, SourceSpecification> = () => ({})): void {
  const ctx = getMapContext();
  onDestroy(ctx.register({ layers, sources }));
  // Layers not in the first style (a component mounted after the map was made) are added here.
  $effect(() => {
    const map = ctx.map;
    if (!map) return;
    // A source is shared by the layers that draw it and stays for the map's life once added.
    for (const [id, source] of Object.entries(sources())) if (!map.getSource(id)) map.addSource(id, source);
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

/**
 * Applies per-feature values (stage, level, …) as feature-state whenever they change, calling
 * setFeatureState only for the features whose values differ from what the map already has. This is
 * how a date change reaches the map: a handful of calls, never new GeoJSON.
 */
export function useFeatureState(source: string, values: () => Record<string, object>): void {
  const ctx = getMapContext();
  let applied: Record<string, object> = {};
  $effect(() => {
    const map = ctx.map;
    const next = values();
    if (!map || !map.getSource(source)) return;
    for (const [id, state] of Object.entries(next)) {
      const last = applied[id];
      if (last && sameState(last, state)) continue;
      map.setFeatureState({ source, id }, state as Record<string, unknown>);
      // A copy: a state object the caller changes in place later must not compare equal to itself.
      applied[id] = { ...state };
    }
  });
  $effect(() => {
    // A new map instance (or a reloaded style) starts with no feature-state.
    if (!ctx.map) applied = {};
  });
}
