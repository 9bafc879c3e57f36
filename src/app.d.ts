// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  namespace App {}
  interface Window {
    /** The live MapLibre map, for tests and for researchers scripting the page. */
    __mppMap?: MapLibreMap;
    /** Moves the map to a date (YYYY-MM-DD) as one timeline step does, without a history entry. */
    __mppSetDate?: (date: string) => void;
  }
}

// The HTML attribute that makes a <link rel="expect"> hold the first paint (Svelte's types lack it).
declare module 'svelte/elements' {
  interface HTMLLinkAttributes {
    blocking?: 'render' | null;
  }
}

export {};
