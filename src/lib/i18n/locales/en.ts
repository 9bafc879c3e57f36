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
    body: 'From January 2019 to August 2022 the United States sent asylum seekers back to Mexican border cities to wait for their U.S. court hearings. This map shows the border region where that happened. Ports, dates and travel-advisory levels are being added from public sources.'
  },
  notices: {
    dismiss: 'Dismiss',
    badLang: 'The language “{value}” is not available, so the map is shown in English.'
  },
  fallback: {
    noWebgl: 'This browser cannot draw the interactive map (WebGL is unavailable or switched off). The text on this page still describes what the map shows.'
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
