import { createI18n } from 'vue-i18n';
import { readStorage, writeStorage } from '../storage';
import sv, { type MessageSchema } from './sv';
import en from './en';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'balans.locale';
const DEFAULT_LOCALE: Locale = 'sv';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  const stored = readStorage(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { sv, en },
});

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

/** Switch language, remember the choice, and keep `<html lang>` in step (screen readers use it). */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  writeStorage(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export function applyDocumentLocale(): void {
  document.documentElement.lang = currentLocale();
}
