import type { Messages } from './en';

// Texto en español de la interfaz.
export const es: Messages = {
  meta: {
    title: 'MPP Atlas — Quédate en México, 2019–2022',
    description:
      'Un mapa bilingüe y sin conexión de los Protocolos de Protección a Migrantes («Quédate en México») de EE. UU.: adónde fueron devueltos los solicitantes de asilo, cuándo y qué tan peligrosos consideraba esos lugares el propio Departamento de Estado.'
  },
  header: {
    title: 'MPP Atlas',
    subtitle: 'Quédate en México, 2019–2022',
    languageLabel: 'Idioma'
  },
  language: {
    en: 'English',
    es: 'Español'
  },
  map: {
    regionLabel: 'Mapa de la región fronteriza entre EE. UU. y México',
    loading: 'Cargando el mapa…',
    attribution: 'Límites: Natural Earth (dominio público)',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    resetView: 'Mostrar toda la frontera'
  },
  intro: {
    heading: 'Acerca de este mapa',
    body: 'De enero de 2019 a agosto de 2022, Estados Unidos envió a solicitantes de asilo de vuelta a ciudades fronterizas mexicanas para esperar sus audiencias en tribunales estadounidenses. Este mapa muestra la región fronteriza donde ocurrió. Los puertos, las fechas y los niveles de alerta de viaje se están incorporando a partir de fuentes públicas.'
  },
  notices: {
    dismiss: 'Cerrar',
    badLang: 'El idioma «{value}» no está disponible, por lo que el mapa se muestra en inglés.'
  },
  fallback: {
    noWebgl: 'Este navegador no puede dibujar el mapa interactivo (WebGL no está disponible o está desactivado). El texto de esta página sigue describiendo lo que muestra el mapa.'
  },
  footer: {
    data: 'Datos y fuentes',
    code: 'Proyecto de código abierto. Sin rastreo ni solicitudes externas.'
  },
  sources: {
    title: 'Datos y fuentes — MPP Atlas',
    heading: 'Datos y fuentes',
    backToMap: 'Volver al mapa',
    intro:
      'Cada fecha, nivel y cifra de MPP Atlas proviene de una fuente pública que figura en esta página. Cuando las fuentes discrepan, los datos registran ambas versiones e indican cuál usa el mapa. Cuando no se encontró nada confiable, el mapa indica que el dato se desconoce en lugar de suponerlo.',
    openDataHeading: 'Datos abiertos',
    openDataIntro: 'Los datos detrás del mapa, libres para descargar y reutilizar. Cada registro cita los identificadores de fuente que aparecen abajo.',
    files: {
      'ports.geojson': 'Puertos de entrada de EE. UU. y sus fases de MPP (puntos GeoJSON)',
      'cities.geojson': 'Ciudades mexicanas a las que se devolvió o trasladó a las personas (puntos GeoJSON)',
      'advisories.json': 'Niveles de alerta de viaje del Departamento de Estado para los 32 estados en cada emisión, y el encabezado nacional',
      'events.json': 'Hitos políticos, judiciales y operativos con fecha',
      'facts.json': 'Datos fechados por ciudad y puntos de las series agregadas',
      'series.json': 'Descripción de las series agregadas (qué cuenta cada una y sus límites)',
      'transfers.json': 'Traslados de personas desde las ciudades de retorno',
      'sources.json': 'La bibliografía: cada fuente con editor, título, fecha y enlace',
      'ports.csv': 'Puertos y fases, una fila por fase (hoja de cálculo)',
      'advisories.csv': 'Niveles de alerta, una fila por estado y emisión (hoja de cálculo)',
      'facts.csv': 'Datos, uno por fila (hoja de cálculo)'
    },
    listHeading: 'Fuentes',
    count: '{count} fuentes',
    published: 'Publicado',
    sourceId: 'Identificador',
    methodHeading: 'Cómo se verifican los datos',
    method:
      'Los archivos de datos se revisan cada vez que se genera el sitio: cada registro debe seguir su esquema, cada puerto debe estar en Estados Unidos y cada ciudad en el estado mexicano que indica, las fechas deben ser reales y estar en orden, cada emisión de alerta debe dar un nivel para los 32 estados y cada fuente citada debe existir en esta lista (y cada fuente de la lista debe estar citada). Un archivo que incumple una regla detiene la generación del sitio.'
  }
};
