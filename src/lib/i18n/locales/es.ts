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
  }
};
