import { en, type Messages } from './locales/en';
import { es } from './locales/es';

export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

const catalogs: Record<Lang, Messages> = { en, es };

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function messagesFor(lang: Lang): Messages {
  return catalogs[lang];
}

/** Fills `{name}` placeholders; values are inserted as text by the caller's template, never as HTML. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export type { Messages };
