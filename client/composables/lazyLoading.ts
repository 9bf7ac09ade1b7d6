import { defineAsyncComponent, defineComponent, h, reactive, type Component } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Router } from 'vue-router';
import AlertMessage from '../components/AlertMessage.vue';

/** How long a page or part may take before "Laddar…" shows: quicker loads do not flash it. */
const SHOW_LOADING_AFTER_MS = 200;

/**
 * Pages and heavy parts (the editor) load in chunks of their own when first needed: what the reader
 * sees meanwhile, and when a chunk cannot be fetched (offline, the server unreachable).
 */
export const pageLoading = reactive({ pending: false, failed: false });

/** A chunk that failed to load: the browser's message for a dynamic import that could not be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|module script|importing a module/i.test(error.message);
}

const RELOADED_KEY = 'balans.reloadedFor';

/**
 * A page's chunk can be gone after a new release (its name has changed): load the page afresh, once.
 * If it still cannot be loaded (offline, the server down), say so rather than reload again and again.
 */
function reloadOnce(path: string): boolean {
  try {
    if (window.sessionStorage.getItem(RELOADED_KEY) === path) return false;
    window.sessionStorage.setItem(RELOADED_KEY, path);
  } catch {
    return false; // no storage: a reload could not tell it had been tried
  }
  window.location.assign(path);
  return true;
}

export function trackPageLoading(router: Router): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(timer);
    pageLoading.pending = false;
  };
  router.beforeEach(() => {
    clearTimeout(timer);
    pageLoading.failed = false;
    timer = setTimeout(() => (pageLoading.pending = true), SHOW_LOADING_AFTER_MS);
  });
  router.afterEach((_to, _from, failure) => {
    settle();
    if (!failure) {
      try {
        window.sessionStorage.removeItem(RELOADED_KEY);
      } catch {
        // nothing was kept
      }
    }
  });
  router.onError((error: unknown, to) => {
    settle();
    if (isChunkLoadError(error) && reloadOnce(to.fullPath)) return;
    pageLoading.failed = true;
  });
}

// The two small states of a lazily loaded part, kept beside the loader they serve.
// eslint-disable-next-line vue/one-component-per-file
const LoadingPart = defineComponent({
  name: 'LoadingPart',
  setup() {
    const { t } = useI18n();
    return () => h('p', { role: 'status', class: 'lazy-loading' }, t('app.loading'));
  },
});

// eslint-disable-next-line vue/one-component-per-file
const FailedPart = defineComponent({
  name: 'FailedPart',
  setup() {
    const { t } = useI18n();
    return () =>
      h(AlertMessage, { tone: 'error' }, () => [
        h('p', t('app.partFailed')),
        h('button', { type: 'button', class: 'button', onClick: () => window.location.reload() }, t('app.reload')),
      ]);
  },
});

/** A heavy part of a page (the editor) in its own chunk, with "Laddar…" while it loads and a clear error if it cannot. */
export function lazyPart<T extends Component>(loader: () => Promise<T | { default: T }>): T {
  return defineAsyncComponent({
    loader,
    loadingComponent: LoadingPart,
    errorComponent: FailedPart,
    delay: SHOW_LOADING_AFTER_MS,
  }) as T;
}
