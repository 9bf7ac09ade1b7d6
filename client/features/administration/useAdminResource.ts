import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import { toAppError, type AppError } from '../../errors';
import { useActionRunner } from '../../composables/useActionRunner';

/**
 * What each administration page shares: its query's error as an AppError, a refetch when the window
 * regains focus (another admin may have changed something meanwhile), and the page's one message
 * after an action ("Sparat.", or the refusal).
 */
export function useAdminResource(query: { error: { value: unknown }; refetch: () => Promise<unknown> | undefined }) {
  const refresh = async () => {
    await query.refetch()?.catch(() => undefined);
  };
  const runner = useActionRunner(refresh);
  const notice = ref<string | null>(null);

  const onFocus = () => void refresh();
  onMounted(() => window.addEventListener('focus', onFocus));
  onBeforeUnmount(() => window.removeEventListener('focus', onFocus));

  /** Runs `work`; on success shows `success` (already translated) in the page's status line. */
  async function act<T>(work: () => Promise<T>, success?: string): Promise<{ ok: boolean; value?: T; error?: AppError }> {
    notice.value = null;
    const result = await runner.attempt(work);
    if (result.ok) {
      notice.value = success ?? null;
      return { ok: true, value: result.value };
    }
    return { ok: false, error: result.error };
  }

  return {
    loadError: computed(() => (query.error.value ? toAppError(query.error.value) : null)),
    busy: runner.busy,
    actionError: runner.error,
    notice,
    act,
    refresh,
  };
}
