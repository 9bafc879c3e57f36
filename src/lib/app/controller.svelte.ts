// The app's one controller: it owns the state in the URL (date, city, language, view, mode), the
// live date that runs ahead of the URL while the timeline moves, opening and closing a city, and
// the key actions. Components get it from context (getApp) rather than through every level.
import { goto } from '$app/navigation';
import { getContext, setContext, tick } from 'svelte';
import type { ClientData } from '$lib/data/client';
import type { AppState } from '$lib/state/appState';
import { useUrlState } from '$lib/state/urlState.svelte';
import { mapStateOn, type MapDateState } from '$lib/map/mapState';
import { programmeWindows } from '$lib/time/model';
import { actionFor, keyPress, type Action } from './keymap';
import { modeOf, type AppMode } from './mode';

const KEY = Symbol('mpp-app');

/**
 * What the running mode shows where the URL does not say (a briefing chapter's date and city), the
 * ports it rings on the map and the caption an exported image carries; 'pending' while the mode is
 * still loading: its code (the map page imports the briefing mode when a briefing starts), then what
 * it shows.
 */
export type ModeView = { date: string; city: string | null; ringed: readonly string[]; caption: string } | 'pending' | null;

/** A key action's handler; it returns false where the action does not apply now (the key is left alone). */
export type ActionHandler = () => boolean | void;

/** Navigation inside the page: the focus and the scroll stay where the reader is. */
const IN_PAGE = { keepFocus: true, noScroll: true } as const;

export class AppController {
  readonly url: ReturnType<typeof useUrlState>;
  readonly #data: () => ClientData;
  #modeView = $state.raw<ModeView>(null);
  /** The mode's own view, set by the mode component while it is mounted. */
  get modeView(): ModeView {
    return this.#modeView ?? (this.mode.kind === 'briefing' ? 'pending' : null);
  }
  set modeView(view: ModeView) {
    this.#modeView = view;
  }
  /** The date the map shows: the URL's, or ahead of it while a scrub, playback or chapter tween runs. */
  liveDate = $state('');
  readonly mode: AppMode;
  /** The date in the URL, or the mode's where the URL has none. */
  readonly urlDate: string;
  /** The open city: the URL's, or the mode's where the URL has none. */
  readonly cityId: string | null;
  /** Whether the open city is the one the mode opened (it then takes no focus and is no sheet). */
  readonly cityFromMode: boolean;
  readonly #handlers = new Map<Action, ActionHandler[]>();
  /** In an embed every move replaces the history entry: the host page's Back button leaves the article. */
  readonly #embedded: boolean;
  #openedFrom: 'list' | 'map' = 'map';

  /** What the map shows on the live date: every port's, city's and state's state (the time model). */
  readonly shown: MapDateState;

  /** `embedded` on the /embed page (see AppMode). */
  constructor(data: () => ClientData, known: () => { cities: string[]; briefings: Record<string, number> }, { embedded = false } = {}) {
    this.#data = data;
    this.#embedded = embedded;
    this.url = useUrlState(known);
    this.mode = $derived(modeOf(this.url.state, embedded));
    const view = $derived(typeof this.modeView === 'object' ? this.modeView : null);
    this.urlDate = $derived(this.url.params.has('date') || !view ? this.url.state.date : view.date);
    this.cityId = $derived(this.url.params.has('city') || !view ? this.url.state.city : view.city);
    // Until the mode has loaded (after the page), a city in its link counts as the mode's; once it
    // has, a city other than the mode's is the reader's.
    this.cityFromMode = $derived(this.modeView === 'pending' || (!!view && (!this.url.params.has('city') || this.url.state.city === view.city)));
    this.liveDate = this.url.state.date;
    this.shown = $derived(mapStateOn(data(), this.liveDate, programmeWindows(data().ports)));
    $effect(() => {
      this.liveDate = this.urlDate;
    });
    // For scripts and the benchmark: move the live date as a timeline step does (no history entry).
    $effect(() => {
      window.__mppSetDate = (date: string) => this.setDate(date, false);
      return () => delete window.__mppSetDate;
    });
  }

  get state(): AppState {
    return this.url.state;
  }
  get t() {
    return this.url.t;
  }
  get lang() {
    return this.url.state.lang;
  }
  /** The ports the mode rings on the map (none outside a mode). */
  get ringedPorts(): readonly string[] {
    return typeof this.modeView === 'object' && this.modeView ? this.modeView.ringed : [];
  }
  /** The page's data (ports, cities, advisories, events, series). */
  get data(): ClientData {
    return this.#data();
  }
  get selectedCity() {
    return this.#data().cities.find((c) => c.id === this.cityId) ?? null;
  }

  /** Goes to this page with some state changed (a history entry unless `replaceState`, or in an embed). */
  navigate(change: Partial<AppState>, options: { replaceState?: boolean; keepFocus?: boolean } = {}): Promise<void> {
    return goto(this.url.with(change), { ...IN_PAGE, replaceState: this.#embedded, ...options });
  }

  /** Moves the live date; `commit` writes it to the URL (and history) once a movement ends. */
  setDate(date: string, commit: boolean) {
    this.liveDate = date;
    if (commit && date !== this.urlDate) this.navigate({ date });
  }

  // The open city lives in the URL (?city=); focus goes back to where the city was opened from.
  openCity(id: string, from: 'list' | 'map') {
    this.#openedFrom = from;
    if (id !== this.cityId) this.navigate({ city: id, date: this.liveDate });
  }

  async closeCity() {
    const id = this.cityId;
    await this.navigate({ city: null, date: this.liveDate });
    await tick();
    const back =
      this.#openedFrom === 'list'
        ? document.querySelector<HTMLElement>(`[data-testid="open-city"][data-city="${id}"]`)
        : document.querySelector<HTMLElement>('canvas.maplibregl-canvas');
    back?.focus();
  }

  /**
   * Lets a component answer key actions while it is mounted (call during its set-up). The newest
   * handler of an action answers first.
   */
  handle(actions: Partial<Record<Action, ActionHandler>>) {
    $effect(() => {
      const entries = Object.entries(actions) as [Action, ActionHandler][];
      for (const [action, handler] of entries) this.#handlers.set(action, [handler, ...(this.#handlers.get(action) ?? [])]);
      return () => {
        for (const [action, handler] of entries) this.#handlers.set(action, (this.#handlers.get(action) ?? []).filter((h) => h !== handler));
      };
    });
  }

  /** Runs an action (a key's, or a button's); true if a handler took it. */
  run(action: Action): boolean {
    for (const handler of this.#handlers.get(action) ?? []) if (handler() !== false) return true;
    return false;
  }

  /** The page's one key handler: the keymap names the action, a mounted component runs it. */
  onKeydown = (event: KeyboardEvent) => {
    const action = actionFor(this.mode.kind, keyPress(event));
    if (action && this.run(action)) event.preventDefault();
  };
}

export function provideApp(controller: AppController): AppController {
  return setContext(KEY, controller);
}

export function getApp(): AppController {
  const app = getContext<AppController | undefined>(KEY);
  if (!app) throw new Error('getApp() is for components inside the map page');
  return app;
}
