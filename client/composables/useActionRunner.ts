import { ref } from 'vue';
import { toAppError, type AppError } from '../errors';

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Runs a user's action (usually one mutation): `busy` while it runs, the server's refusal kept in
 * `error` for the form to show in place, and `after` (e.g. a refetch) once it has settled either way.
 */
export function useActionRunner(after: () => Promise<void> = async () => {}) {
  const busy = ref(false);
  const error = ref<AppError | null>(null);

  async function attempt<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
    error.value = null;
    busy.value = true;
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      error.value = toAppError(e);
      return { ok: false, error: error.value };
    } finally {
      busy.value = false;
      await after();
    }
  }

  return { busy, error, attempt };
}
