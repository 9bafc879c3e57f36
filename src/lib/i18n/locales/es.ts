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
    body: 'De enero de 2019 a agosto de 2022, Estados Unidos envió a solicitantes de asilo de vuelta a ciudades fronterizas mexicanas para esperar sus audiencias en tribunales estadounidenses. Mueva la línea de tiempo para ver qué puertos devolvían personas, a qué ciudades y cómo calificaba esos lugares el Departamento de Estado de EE. UU. ese día. Cada cifra enlaza a su fuente.'
  },
  notices: {
    dismiss: 'Cerrar',
    badLang: 'El idioma «{value}» no está disponible, por lo que el mapa se muestra en inglés.',
    badDate: 'No se pudo leer la fecha «{value}», por lo que el mapa muestra el {fallback}.',
    badCity: 'No hay ninguna ciudad «{value}» en este mapa, por lo que no se abrió ningún panel.',
    badFlag: 'No se entendió el ajuste «{value}» y se ignoró.',
    badBriefing: 'No existe la presentación «{value}», por lo que no se abrió ninguna.',
    badChapter: 'No hay un capítulo «{value}», por lo que la presentación muestra el capítulo {fallback}.',
    dateOutOfRange: 'La fecha «{value}» está fuera de la línea de tiempo (20 de diciembre de 2018 – 31 de diciembre de 2022), por lo que el mapa muestra el día más cercano, el {fallback}.'
  },
  timeline: {
    label: 'Fecha que muestra el mapa',
    play: 'Reproducir',
    pause: 'Pausar',
    speed: 'Velocidad de reproducción',
    speeds: { slow: 'Lenta', normal: 'Normal', fast: 'Rápida' },
    loop: 'Repetir',
    help: 'Atajos de teclado',
    helpTitle: 'Atajos de teclado',
    close: 'Cerrar',
    keys: {
      day: 'Avanzar o retroceder un día',
      week: 'Avanzar o retroceder una semana',
      month: 'Avanzar o retroceder un mes',
      ends: 'Primer o último día',
      play: 'Reproducir o pausar',
      event: 'Evento siguiente o anterior',
      help: 'Mostrar u ocultar esta lista'
    },
    keyNames: { arrows: '← / →', shiftArrows: 'Mayús + ← / →', pages: 'Re Pág / Av Pág', homeEnd: 'Inicio / Fin', space: 'Espacio', brackets: '[ / ]', question: '?' },
    bands: {
      mpp1: 'MPP 1.0',
      covid: 'Audiencias suspendidas (COVID-19)',
      winddown: 'Cierre gradual',
      mpp2: 'MPP 2.0'
    },
    eventsHeading: 'Eventos de este día',
    nextEvent: 'Evento siguiente',
    previousEvent: 'Evento anterior',
    jumpTo: 'Ir al {date}: {title}',
    reducedMotion: 'Movimiento reducido: la reproducción avanza un mes a la vez.'
  },
  legend: {
    heading: 'Leyenda',
    show: 'Mostrar leyenda',
    hide: 'Ocultar leyenda',
    advisory: 'Alerta de viaje del Departamento de Estado de EE. UU., por estado',
    levels: {
      '1': 'Nivel 1 · Precauciones normales',
      '2': 'Nivel 2 · Mayor precaución',
      '3': 'Nivel 3 · Reconsidere el viaje',
      '4': 'Nivel 4 · No viajar'
    },
    noAdvisory: 'Sin alerta vigente',
    ports: 'Puertos (círculos) y ciudades a las que se envió a las personas (cuadrados)',
    stages: {
      'not-yet': 'Aún no forma parte de MPP',
      mpp1: 'Devolviendo personas a México (MPP 1.0)',
      winddown: 'Cierre gradual: dejando entrar a personas con casos',
      mpp2: 'Devolviendo personas a México (MPP 2.0)',
      between: 'Sin devoluciones por ahora',
      ended: 'MPP terminado'
    },
    approximate: 'Hueco: fecha solo aproximada, o uso no confirmado',
    transfer: 'Traslado de personas devueltas (discontinuo: fecha de fin desconocida)',
    setApart: 'Cada puerto se dibuja justo al norte de la frontera y su ciudad justo al sur, para que ambos se vean.'
  },
  summary: {
    heading: 'Lo que muestra el mapa',
    show: 'Mostrar lo que muestra el mapa',
    hide: 'Ocultar',
    onDate: 'El {date}',
    ports: 'Puertos de entrada',
    portTo: 'a {city}',
    entryOnly: 'solo entrada, nunca puerto de devolución',
    since: 'desde el {date}',
    until: 'hasta el {date}',
    approximate: 'fechas aproximadas',
    unconfirmed: 'incluido en MPP 2.0; devoluciones no confirmadas',
    borderStates: 'Estados fronterizos: alerta de viaje',
    otherStates: 'Los otros 26 estados',
    level: 'Nivel {level}',
    issued: 'Alerta del {date}',
    noAdvisory: 'Aún sin alerta',
    national: 'Encabezado nacional',
    nationalNone: 'Sin un nivel nacional único',
    nationalApart: 'Se muestra aparte: no forma parte del color de ningún estado.',
    totals: 'Totales acumulados',
    noData: 'Sin datos para esta fecha',
    asOf: 'al {date}',
    source: 'Fuente',
    floor: 'Un mínimo de ataques denunciados públicamente, no una tasa.',
    monthly: 'este mes',
    eventsToday: 'En este día'
  },
  status: {
    'not-yet': 'aún no en MPP',
    mpp1: 'devolviendo personas (MPP 1.0)',
    winddown: 'cierre gradual: dejando entrar',
    mpp2: 'devolviendo personas (MPP 2.0)',
    between: 'sin devoluciones por ahora',
    ended: 'ya no se usa para MPP'
  },
  qualifier: {
    exact: '{value}',
    'at-least': 'al menos {value}',
    'more-than': 'más de {value}',
    about: 'unas {value}'
  },
  city: {
    open: 'Abrir {city}',
    close: 'Cerrar',
    closeLabel: 'Cerrar el panel de {city}',
    regionLabel: '{city}: riesgo e incidentes',
    citiesHeading: 'Ciudades',
    onwardActive: 'llegan personas trasladadas',
    citiesHint: 'Abra una ciudad para ver su nivel de riesgo, sus puertos y los incidentes documentados.',
    state: 'Estado de {state}, México',
    role: { return: 'Ciudad de devolución', gathering: 'Donde se reunían personas con casos MPP', onward: 'Destino de traslado' },
    levelHeading: 'Alerta de viaje de EE. UU. el {date}',
    reason: 'Por qué',
    noReason: 'No hay un motivo registrado específico para este estado.',
    issued: 'Emitida el {date}',
    levelOverTime: 'Nivel a lo largo del tiempo, 2019–2022',
    levelOverTimeAlt: '{state}: {spans}.',
    levelSpan: 'nivel {level} del {start} al {end}',
    portsHeading: 'Puertos que enviaron personas aquí',
    noPorts: 'Ningún puerto de EE. UU. devolvió personas directamente a esta ciudad.',
    phase: { mpp1: 'Devoluciones MPP 1.0', winddown: 'Entradas del cierre gradual', mpp2: 'Devoluciones MPP 2.0' },
    dates: '{start} – {end}',
    unknownDate: 'fecha desconocida',
    court: 'Tribunal',
    alternatives: 'Otras fuentes dan el {date}.',
    transfersHeading: 'Traslados',
    factsHeading: 'Documentado hasta el {date}',
    noFacts: 'No hay datos fechados sobre esta ciudad hasta esta fecha.',
    laterShow: 'Mostrar lo que vino después ({count})',
    laterHide: 'Ocultar lo que vino después',
    laterHeading: 'Después del {date} (aún no se sabía en la fecha mostrada)',
    approximate: 'fecha aproximada',
    month: 'solo el mes',
    lowConfidence: 'confianza baja',
    floorNote: 'Los conteos de ataques denunciados públicamente son un mínimo, no una tasa.',
    chartHeading: 'Cifras a lo largo del tiempo',
    chartAlt: 'Tabla de los valores del gráfico',
    chartDate: 'Fecha',
    chartValue: 'Valor',
    chartSource: 'Fuente',
    now: 'Fecha mostrada',
    sourcesHeading: 'Fuentes',
    loading: 'Cargando los datos documentados…',
    loadFailed: 'No se pudieron cargar los datos documentados.',
    factSheet: 'Ficha para imprimir',
    print: 'Imprimir',
    factSheetTitle: '{city}: ficha de Quédate en México',
    describes: 'Al {date}',
    locator: 'Ubicación de {city} en la frontera entre EE. UU. y México',
    backToMap: 'Volver al mapa',
    generated: 'Con datos abiertos de MPP Atlas. Cada cifra está citada; las fechas desconocidas se muestran como desconocidas.'
  },
  present: {
    start: 'Presentar',
    stop: 'Salir de la presentación',
    fullscreen: 'Pantalla completa',
    contrast: 'Alto contraste',
    presenter: 'Vista del presentador',
    export: 'Guardar imagen',
    exporting: 'Preparando la imagen…',
    exported: 'Imagen guardada.',
    exportFailed: 'No se pudo crear la imagen.',
    briefingFailed: 'No se pudo cargar la presentación. Vuelva a cargar la página para intentarlo de nuevo.',
    briefing: 'Presentación',
    chapterOf: 'Capítulo {n} de {total}',
    previous: 'Capítulo anterior',
    next: 'Capítulo siguiente',
    startBriefing: 'Iniciar la presentación',
    endBriefing: 'Cerrar la presentación',
    notes: 'Notas del presentador',
    upNext: 'Siguiente',
    last: 'Último capítulo',
    clock: 'Hora',
    elapsed: 'Transcurrido',
    reset: 'Reiniciar',
    presenterTitle: 'Vista del presentador — MPP Atlas',
    presenterHint: 'Esta ventana sigue a la principal y la controla. Manténgala en su propia pantalla.',
    noBriefing: 'No hay una presentación abierta en la ventana principal. Elija «Iniciar la presentación» allí.',
    sources: 'Fuentes',
    credits: 'Datos: alertas de viaje del Departamento de Estado de EE. UU., DHS, CBP, TRAC, Human Rights First y otras fuentes citadas en MPP Atlas. Límites: Natural Earth (dominio público).',
    imageTitle: 'MPP Atlas · Quédate en México, 2019–2022'
  },
  fallback: {
    noWebgl: 'Este navegador no puede dibujar el mapa interactivo (WebGL no está disponible o está desactivado). Abajo hay una imagen fija del mapa para la fecha que elija; la línea de tiempo, el resumen y los paneles de ciudad siguen funcionando.',
    lost: 'El mapa dejó de dibujarse (se perdió el contexto gráfico). Intentando restaurarlo…',
    picture: 'Imagen fija del mapa el {date}: niveles de alerta por estado, puertos (círculos) y ciudades (cuadrados) coloreados según su situación.'
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
