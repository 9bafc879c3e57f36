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
  }
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
