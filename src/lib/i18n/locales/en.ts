// English UI text. The Spanish file must provide every key (the type checker enforces it).
export const en = {
  meta: {
    title: 'MPP Atlas — Remain in Mexico, 2019–2022',
    description:
      'An offline, bilingual map of the U.S. Migrant Protection Protocols ("Remain in Mexico"): where asylum seekers were returned, when, and how dangerous the U.S. State Department said those places were.'
  },
  header: {
    title: 'MPP Atlas',
    subtitle: 'Remain in Mexico, 2019–2022',
    languageLabel: 'Language'
  },
  language: {
    en: 'English',
    es: 'Español'
  },
  map: {
    regionLabel: 'Map of the U.S.–Mexico border region',
    loading: 'Loading the map…',
    attribution: 'Boundaries: Natural Earth (public domain)',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Show the whole border'
  },
  intro: {
    heading: 'About this map',
    body: 'From January 2019 to August 2022 the United States sent asylum seekers back to Mexican border cities to wait for their U.S. court hearings. Move the timeline to see which ports were sending people back, to which cities, and how the U.S. State Department rated those places on that day. Every figure links to its source.'
  },
  notices: {
    dismiss: 'Dismiss',
    badLang: 'The language “{value}” is not available, so the map is shown in English.',
    badDate: 'The date “{value}” could not be read, so the map shows {fallback}.',
    badCity: 'There is no city “{value}” on this map, so no city panel is open.',
    badFlag: 'The setting “{value}” was not understood and has been ignored.',
    badBriefing: 'There is no briefing “{value}”, so none is open.',
    badChapter: 'There is no chapter “{value}” here, so the briefing shows chapter {fallback}.',
    dateOutOfRange: 'The date “{value}” is outside the timeline (20 December 2018 – 31 December 2022), so the map shows the nearest day, {fallback}.'
  },
  timeline: {
    label: 'Date shown on the map',
    play: 'Play',
    pause: 'Pause',
    speed: 'Playback speed',
    speeds: { slow: 'Slow', normal: 'Normal', fast: 'Fast' },
    loop: 'Loop',
    help: 'Keyboard shortcuts',
    helpTitle: 'Keyboard shortcuts',
    close: 'Close',
    keys: {
      day: 'Move one day',
      week: 'Move one week',
      month: 'Move one month',
      ends: 'First or last day',
      play: 'Play or pause',
      event: 'Next or previous event',
      help: 'Show or hide this list'
    },
    keyNames: { arrows: '← / →', shiftArrows: 'Shift + ← / →', pages: 'Page Up / Page Down', homeEnd: 'Home / End', space: 'Space', brackets: '[ / ]', question: '?' },
    bands: {
      mpp1: 'MPP 1.0',
      covid: 'Hearings suspended (COVID-19)',
      winddown: 'Wind-down',
      mpp2: 'MPP 2.0'
    },
    eventsHeading: 'Events on this day',
    nextEvent: 'Next event',
    previousEvent: 'Previous event',
    jumpTo: 'Jump to {date}: {title}',
    reducedMotion: 'Reduced motion: playback steps a month at a time.'
  },
  legend: {
    heading: 'Legend',
    show: 'Show legend',
    hide: 'Hide legend',
    advisory: 'U.S. State Department travel advisory, by Mexican state',
    levels: {
      '1': 'Level 1 · Exercise normal precautions',
      '2': 'Level 2 · Exercise increased caution',
      '3': 'Level 3 · Reconsider travel',
      '4': 'Level 4 · Do not travel'
    },
    noAdvisory: 'No advisory in force',
    ports: 'Ports (circles) and the cities people were sent to (squares)',
    stages: {
      'not-yet': 'Not yet part of MPP',
      mpp1: 'Returning people to Mexico (MPP 1.0)',
      winddown: 'Wind-down: letting people with cases in',
      mpp2: 'Returning people to Mexico (MPP 2.0)',
      between: 'No returns at this time',
      ended: 'MPP over'
    },
    approximate: 'Hollow: date known only approximately, or use not confirmed',
    transfer: 'Onward transfer of returned people (dashed: end date unknown)',
    setApart: 'Each port is drawn just north of the border and its city just south, so both stay visible.'
  },
  summary: {
    heading: 'What the map shows',
    show: 'Show what the map shows',
    hide: 'Hide',
    onDate: 'On {date}',
    ports: 'Ports of entry',
    portTo: 'to {city}',
    entryOnly: 'entry only, never a return port',
    since: 'since {date}',
    until: 'until {date}',
    approximate: 'approximate dates',
    unconfirmed: 'listed for MPP 2.0; returns there not confirmed',
    borderStates: 'Border states: travel advisory',
    otherStates: 'The other 26 states',
    level: 'Level {level}',
    issued: 'Advisory of {date}',
    noAdvisory: 'No advisory yet',
    national: 'Country-wide headline',
    nationalNone: 'No single country-wide level',
    nationalApart: 'Shown apart: it is not part of any state’s colour.',
    totals: 'Running totals',
    noData: 'No data for this date',
    asOf: 'as of {date}',
    source: 'Source',
    floor: 'A floor of publicly reported attacks, not a rate.',
    monthly: 'this month',
    eventsToday: 'On this day'
  },
  status: {
    'not-yet': 'not yet in MPP',
    mpp1: 'returning people (MPP 1.0)',
    winddown: 'wind-down: letting people in',
    mpp2: 'returning people (MPP 2.0)',
    between: 'no returns at this time',
    ended: 'no longer used for MPP'
  },
  qualifier: {
    exact: '{value}',
    'at-least': 'at least {value}',
    'more-than': 'more than {value}',
    about: 'about {value}'
  },
  city: {
    open: 'Open {city}',
    close: 'Close',
    closeLabel: 'Close the {city} panel',
    regionLabel: '{city}: risk and incidents',
    citiesHeading: 'Cities',
    onwardActive: 'people being transferred here',
    citiesHint: 'Open a city for its risk level, ports and documented incidents.',
    state: 'State of {state}, Mexico',
    role: { return: 'Return city', gathering: 'Where people with MPP cases gathered', onward: 'Onward destination' },
    levelHeading: 'U.S. travel advisory on {date}',
    reason: 'Why',
    noReason: 'No state-specific reason is recorded for this state.',
    issued: 'Issued {date}',
    levelOverTime: 'Level over time, 2019–2022',
    levelOverTimeAlt: '{state}: {spans}.',
    levelSpan: 'level {level} from {start} to {end}',
    portsHeading: 'Ports that sent people here',
    noPorts: 'No U.S. port returned people directly to this city.',
    phase: { mpp1: 'MPP 1.0 returns', winddown: 'Wind-down entries', mpp2: 'MPP 2.0 returns' },
    dates: '{start} – {end}',
    unknownDate: 'date unknown',
    court: 'Court',
    alternatives: 'Other sources give {date}.',
    transfersHeading: 'Onward transfers',
    factsHeading: 'Documented up to {date}',
    noFacts: 'No dated facts about this city up to this date.',
    laterShow: 'Show what came later ({count})',
    laterHide: 'Hide what came later',
    laterHeading: 'After {date} (not yet known on the date shown)',
    approximate: 'approximate date',
    month: 'month only',
    lowConfidence: 'low confidence',
    floorNote: 'Tallies of publicly reported attacks are a floor, not a rate.',
    chartHeading: 'Figures over time',
    chartAlt: 'Table of the values in the chart',
    chartDate: 'Date',
    chartValue: 'Value',
    chartSource: 'Source',
    now: 'Date shown',
    sourcesHeading: 'Sources',
    loading: 'Loading the documented facts…',
    loadFailed: 'The documented facts could not be loaded.',
    factSheet: 'Printable fact sheet',
    print: 'Print',
    factSheetTitle: '{city}: Remain in Mexico fact sheet',
    describes: 'As of {date}',
    locator: 'Location of {city} on the U.S.–Mexico border',
    backToMap: 'Back to the map',
    generated: 'From MPP Atlas open data. Every figure is cited; unknown dates are shown as unknown.'
  },
  present: {
    start: 'Present',
    stop: 'Leave presentation',
    fullscreen: 'Full screen',
    contrast: 'High contrast',
    presenter: 'Presenter view',
    export: 'Save image',
    exporting: 'Preparing image…',
    exported: 'Image saved.',
    exportFailed: 'The image could not be made.',
    briefingFailed: 'The briefing could not be loaded. Reload the page to try again.',
    briefing: 'Briefing',
    chapterOf: 'Chapter {n} of {total}',
    previous: 'Previous chapter',
    next: 'Next chapter',
    startBriefing: 'Start the briefing',
    endBriefing: 'Close the briefing',
    notes: 'Speaker notes',
    upNext: 'Next',
    last: 'Last chapter',
    clock: 'Time',
    elapsed: 'Elapsed',
    reset: 'Reset',
    presenterTitle: 'Presenter view — MPP Atlas',
    presenterHint: 'This window follows the main one and controls it. Keep it on your own screen.',
    noBriefing: 'No briefing is open in the main window. Choose “Start the briefing” there.',
    sources: 'Sources',
    credits: 'Data: U.S. State Department travel advisories, DHS, CBP, TRAC, Human Rights First and others, as cited in MPP Atlas. Boundaries: Natural Earth (public domain).',
    imageTitle: 'MPP Atlas · Remain in Mexico, 2019–2022'
  },
  fallback: {
    noWebgl: 'This browser cannot draw the interactive map (WebGL is unavailable or switched off). Below is a still picture of the map for the date you choose; the timeline, the summary and the city panels all still work.',
    lost: 'The map stopped drawing (the graphics context was lost). Trying to restore it…',
    picture: 'Still picture of the map on {date}: advisory levels by state, ports (circles) and cities (squares) coloured by their status.'
  },
  footer: {
    data: 'Data and sources',
    code: 'Open-source project. No tracking, no external requests.'
  },
  sources: {
    title: 'Data and sources — MPP Atlas',
    heading: 'Data and sources',
    backToMap: 'Back to the map',
    intro:
      'Every date, level and figure in MPP Atlas comes from a public source listed on this page. Where sources disagree, the data records both and says which one the map uses. Where nothing reliable was found, the map says the fact is unknown instead of guessing.',
    openDataHeading: 'Open data',
    openDataIntro: 'The data behind the map, free to download and reuse. Each record cites the source ids listed below.',
    files: {
      'ports.geojson': 'U.S. ports of entry and their MPP phases (GeoJSON points)',
      'cities.geojson': 'Mexican cities people were returned to or moved on to (GeoJSON points)',
      'advisories.json': 'State Department travel-advisory levels for the 32 Mexican states at each issuance, and the country-wide headline',
      'events.json': 'Dated policy, court and operational milestones',
      'facts.json': 'Dated facts per city and points of the aggregate series',
      'series.json': 'Descriptions of the aggregate series (what each counts, and its limits)',
      'transfers.json': 'Onward movements of people from the return cities',
      'sources.json': 'The bibliography: every source with publisher, title, date and link',
      'ports.csv': 'Ports and phases, one row per phase (spreadsheet)',
      'advisories.csv': 'Advisory levels, one row per state and issuance (spreadsheet)',
      'facts.csv': 'Facts, one row each (spreadsheet)'
    },
    listHeading: 'Sources',
    count: '{count} sources',
    published: 'Published',
    sourceId: 'Source id',
    methodHeading: 'How the data is checked',
    method:
      'The data files are checked every time the site is built: every record must follow its schema, every port must lie in the United States and every city in the Mexican state it names, dates must be real and in order, each advisory issuance must give a level for all 32 states, and every source cited must exist in this list (and every source listed must be cited). A file that breaks a rule stops the build.'
  }
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
