// Explicit mapping from Natural Earth admin-1 FIPS codes to ISO 3166-2 codes and display names.
// Natural Earth names Mexico City "Distrito Federal" and the State of Mexico "México", so names are
// never taken from the source data: this table is the single place where they are decided.

/** @type {Record<string, [iso: string, en: string, es: string]>} */
export const MEXICAN_STATES = {
  MX01: ['MX-AGU', 'Aguascalientes', 'Aguascalientes'],
  MX02: ['MX-BCN', 'Baja California', 'Baja California'],
  MX03: ['MX-BCS', 'Baja California Sur', 'Baja California Sur'],
  MX04: ['MX-CAM', 'Campeche', 'Campeche'],
  MX05: ['MX-CHP', 'Chiapas', 'Chiapas'],
  MX06: ['MX-CHH', 'Chihuahua', 'Chihuahua'],
  MX07: ['MX-COA', 'Coahuila', 'Coahuila'],
  MX08: ['MX-COL', 'Colima', 'Colima'],
  MX09: ['MX-CMX', 'Mexico City', 'Ciudad de México'],
  MX10: ['MX-DUR', 'Durango', 'Durango'],
  MX11: ['MX-GUA', 'Guanajuato', 'Guanajuato'],
  MX12: ['MX-GRO', 'Guerrero', 'Guerrero'],
  MX13: ['MX-HID', 'Hidalgo', 'Hidalgo'],
  MX14: ['MX-JAL', 'Jalisco', 'Jalisco'],
  MX15: ['MX-MEX', 'State of Mexico', 'Estado de México'],
  MX16: ['MX-MIC', 'Michoacán', 'Michoacán'],
  MX17: ['MX-MOR', 'Morelos', 'Morelos'],
  MX18: ['MX-NAY', 'Nayarit', 'Nayarit'],
  MX19: ['MX-NLE', 'Nuevo León', 'Nuevo León'],
  MX20: ['MX-OAX', 'Oaxaca', 'Oaxaca'],
  MX21: ['MX-PUE', 'Puebla', 'Puebla'],
  MX22: ['MX-QUE', 'Querétaro', 'Querétaro'],
  MX23: ['MX-ROO', 'Quintana Roo', 'Quintana Roo'],
  MX24: ['MX-SLP', 'San Luis Potosí', 'San Luis Potosí'],
  MX25: ['MX-SIN', 'Sinaloa', 'Sinaloa'],
  MX26: ['MX-SON', 'Sonora', 'Sonora'],
  MX27: ['MX-TAB', 'Tabasco', 'Tabasco'],
  MX28: ['MX-TAM', 'Tamaulipas', 'Tamaulipas'],
  MX29: ['MX-TLA', 'Tlaxcala', 'Tlaxcala'],
  MX30: ['MX-VER', 'Veracruz', 'Veracruz'],
  MX31: ['MX-YUC', 'Yucatán', 'Yucatán'],
  MX32: ['MX-ZAC', 'Zacatecas', 'Zacatecas']
};

/** @type {Record<string, [iso: string, en: string, es: string]>} */
export const US_STATES = {
  US01: ['US-AL', 'Alabama', 'Alabama'],
  US02: ['US-AK', 'Alaska', 'Alaska'],
  US04: ['US-AZ', 'Arizona', 'Arizona'],
  US05: ['US-AR', 'Arkansas', 'Arkansas'],
  US06: ['US-CA', 'California', 'California'],
  US08: ['US-CO', 'Colorado', 'Colorado'],
  US09: ['US-CT', 'Connecticut', 'Connecticut'],
  US10: ['US-DE', 'Delaware', 'Delaware'],
  US11: ['US-DC', 'District of Columbia', 'Distrito de Columbia'],
  US12: ['US-FL', 'Florida', 'Florida'],
  US13: ['US-GA', 'Georgia', 'Georgia'],
  US15: ['US-HI', 'Hawaii', 'Hawái'],
  US16: ['US-ID', 'Idaho', 'Idaho'],
  US17: ['US-IL', 'Illinois', 'Illinois'],
  US18: ['US-IN', 'Indiana', 'Indiana'],
  US19: ['US-IA', 'Iowa', 'Iowa'],
  US20: ['US-KS', 'Kansas', 'Kansas'],
  US21: ['US-KY', 'Kentucky', 'Kentucky'],
  US22: ['US-LA', 'Louisiana', 'Luisiana'],
  US23: ['US-ME', 'Maine', 'Maine'],
  US24: ['US-MD', 'Maryland', 'Maryland'],
  US25: ['US-MA', 'Massachusetts', 'Massachusetts'],
  US26: ['US-MI', 'Michigan', 'Míchigan'],
  US27: ['US-MN', 'Minnesota', 'Minnesota'],
  US28: ['US-MS', 'Mississippi', 'Misisipi'],
  US29: ['US-MO', 'Missouri', 'Misuri'],
  US30: ['US-MT', 'Montana', 'Montana'],
  US31: ['US-NE', 'Nebraska', 'Nebraska'],
  US32: ['US-NV', 'Nevada', 'Nevada'],
  US33: ['US-NH', 'New Hampshire', 'Nuevo Hampshire'],
  US34: ['US-NJ', 'New Jersey', 'Nueva Jersey'],
  US35: ['US-NM', 'New Mexico', 'Nuevo México'],
  US36: ['US-NY', 'New York', 'Nueva York'],
  US37: ['US-NC', 'North Carolina', 'Carolina del Norte'],
  US38: ['US-ND', 'North Dakota', 'Dakota del Norte'],
  US39: ['US-OH', 'Ohio', 'Ohio'],
  US40: ['US-OK', 'Oklahoma', 'Oklahoma'],
  US41: ['US-OR', 'Oregon', 'Oregón'],
  US42: ['US-PA', 'Pennsylvania', 'Pensilvania'],
  US44: ['US-RI', 'Rhode Island', 'Rhode Island'],
  US45: ['US-SC', 'South Carolina', 'Carolina del Sur'],
  US46: ['US-SD', 'South Dakota', 'Dakota del Sur'],
  US47: ['US-TN', 'Tennessee', 'Tennessee'],
  US48: ['US-TX', 'Texas', 'Texas'],
  US49: ['US-UT', 'Utah', 'Utah'],
  US50: ['US-VT', 'Vermont', 'Vermont'],
  US51: ['US-VA', 'Virginia', 'Virginia'],
  US53: ['US-WA', 'Washington', 'Washington'],
  US54: ['US-WV', 'West Virginia', 'Virginia Occidental'],
  US55: ['US-WI', 'Wisconsin', 'Wisconsin'],
  US56: ['US-WY', 'Wyoming', 'Wyoming']
};

/** Neighbouring countries drawn as light context, by Natural Earth adm0_a3, with their names. */
export const NEIGHBOUR_COUNTRIES = {
  CAN: ['Canada', 'Canadá'],
  GTM: ['Guatemala', 'Guatemala'],
  BLZ: ['Belize', 'Belice'],
  HND: ['Honduras', 'Honduras'],
  SLV: ['El Salvador', 'El Salvador'],
  NIC: ['Nicaragua', 'Nicaragua'],
  CUB: ['Cuba', 'Cuba'],
  BHS: ['The Bahamas', 'Bahamas']
};

/** The two countries whose states are drawn, for country labels. */
export const MAIN_COUNTRIES = {
  USA: ['United States', 'Estados Unidos'],
  MEX: ['Mexico', 'México']
};
