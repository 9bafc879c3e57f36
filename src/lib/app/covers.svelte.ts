// One register of what covers part of the map: the country-wide headline at the top, the zoom
// buttons on the right, the credits line at the bottom and a briefing's caption in the lower left
// corner. Each part reports itself here; the chapter camera reads the register and frames the map's
// clear part, without knowing which components cover it.
import { getContext, setContext, untrack } from 'svelte';
import { ATTRIBUTION_ROOM } from '$lib/map/style';

const KEY = Symbol('mpp-map-covers');

export interface Corner {
  width: number;
  height: number;
}

/** Pixels covered along each edge of the map, and the corner a caption covers. */
export interface Covered {
  top: number;
  right: number;
  bottom: number;
  corner: Corner;
}

export class MapCovers {
  /**
   * The lower left corner a caption covers (0 × 0 where none is over the map). Followed: a caption
   * that grows or goes frames the chapter again.
   */
  corner = $state<Corner>({ width: 0, height: 0 });
  /** Measured when the camera moves, not followed: the headline comes and goes with the date, which should not move the camera. */
  #top: () => number = () => 0;
  #right: () => number = () => 0;
  /** The credits line's room (the line is ~29 px tall presenting): kept clear, not measured. */
  readonly bottom = ATTRIBUTION_ROOM;

  /** The part along the top edge (the headline) reports its height from the map's top; returns an unregister. */
  coverTop(measure: () => number): () => void {
    this.#top = measure;
    return () => {
      if (this.#top === measure) this.#top = () => 0;
    };
  }

  /** The part along the right edge (the zoom buttons) reports how far in it reaches; returns an unregister. */
  coverRight(measure: () => number): () => void {
    this.#right = measure;
    return () => {
      if (this.#right === measure) this.#right = () => 0;
    };
  }

  /** What covers the map now: the corner is followed by the caller's effect, the edges are read once. */
  read(): Covered {
    return { corner: this.corner, ...untrack(() => ({ top: this.#top(), right: this.#right(), bottom: this.bottom })) };
  }
}

export function provideMapCovers(): MapCovers {
  return setContext(KEY, new MapCovers());
}

/** The page's register; a part used outside the map page (none yet) gets a register of its own. */
export function getMapCovers(): MapCovers {
  return getContext<MapCovers | undefined>(KEY) ?? new MapCovers();
}
