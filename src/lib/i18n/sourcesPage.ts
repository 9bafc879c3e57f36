// The Data and sources page's own text, in a module only that page imports: the map page does not
// download it. The Spanish text must provide every key (the type checker enforces it).
import type { Lang } from './index';
import type { Widen } from './locales/en';

const en = {
  title: 'Data and sources — MPP Atlas',
  heading: 'Data and sources',
  backToMap: 'Back to the map',
  intro:
    'Every date, level and figure in MPP Atlas comes from a public source listed on this page. Where sources disagree, the data records both and says which one the map uses. Where nothing reliable was found, the map says the fact is unknown instead of guessing.',
  portableHeading: 'The atlas in one file',
  portableIntro:
    'The portable atlas is this map in a single file: the timeline, the city panels, the briefing, presentation mode and Save image, with no internet and nothing to install. Copy it to a USB stick or send it by email, then open it with a double click. It opens briefing files too; the presenter view and these reference pages need the website.',
  portableLink: 'Download the portable atlas (mpp-atlas.html)',
  portableSize: 'one HTML file, under 3 MB',
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
};

export type SourcesPageText = Widen<typeof en>;

const es: SourcesPageText = {
  title: 'Datos y fuentes — MPP Atlas',
  heading: 'Datos y fuentes',
  backToMap: 'Volver al mapa',
  intro:
    'Cada fecha, nivel y cifra de MPP Atlas proviene de una fuente pública que figura en esta página. Cuando las fuentes discrepan, los datos registran ambas versiones e indican cuál usa el mapa. Cuando no se encontró nada confiable, el mapa indica que el dato se desconoce en lugar de suponerlo.',
  openDataHeading: 'Datos abiertos',
  portableHeading: 'El atlas en un solo archivo',
  portableIntro:
    'El atlas portátil es este mapa en un único archivo: la línea de tiempo, los paneles de las ciudades, la presentación guiada, el modo de presentación y Guardar imagen, sin internet y sin instalar nada. Cópielo a una memoria USB o envíelo por correo y ábralo con un doble clic. También abre archivos de presentación; la vista del presentador y estas páginas de referencia necesitan el sitio web.',
  portableLink: 'Descargar el atlas portátil (mpp-atlas.html)',
  portableSize: 'un archivo HTML de menos de 3 MB',
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
};

export const sourcesPageText: Record<Lang, SourcesPageText> = { en, es };
