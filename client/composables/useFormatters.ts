import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

const LOCALE_TAGS: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
/** Times on a municipal record are Swedish time, whatever the reader's device is set to (the PDF says the same). */
const TIME_ZONE = 'Europe/Stockholm';

/** Date and time presentation in the current language. Dates (YYYY-MM-DD) are shown as they are: that is the Swedish standard form. */
export function useFormatters() {
  const { locale, t } = useI18n();
  const dateTime = computed(
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[locale.value] ?? locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
  );

  return {
    formatDateTime: (iso: string): string => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.value.format(date);
    },
    formatPeriod: (start: string, end: string): string => t('agreement.periodValue', { start, end }),
    /** "2,5 %" in Swedish, "2.5 %" in English. */
    formatPercent: (value: number): string =>
      `${new Intl.NumberFormat(LOCALE_TAGS[locale.value] ?? locale.value, { maximumFractionDigits: 2 }).format(value)} %`,
  };
}
