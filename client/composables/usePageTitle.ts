import { watchEffect } from 'vue';

const APP_NAME = 'Balans';

/**
 * Every page names itself (WCAG 2.4.2); the title follows data and language changes.
 * `source` returns null while the page does not know its title yet.
 */
export function usePageTitle(source: () => string | null | undefined): void {
  watchEffect(() => {
    const title = source();
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  });
}
