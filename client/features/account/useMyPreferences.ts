import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { MyAccountDocument, UpdateMyPreferencesDocument, type PreferencesInput } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

/** The signed-in user's account (name, address) and e-mail preferences, and saving the preferences. */
export function useMyPreferences() {
  const { result, loading, error: loadError } = useQuery(MyAccountDocument, null, { fetchPolicy: 'cache-and-network' });
  const { mutate, loading: saving } = useMutation(UpdateMyPreferencesDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function save(input: PreferencesInput): Promise<boolean> {
    error.value = null;
    try {
      return !!(await mutate({ input }))?.data?.updateMyPreferences;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    }
  }

  return {
    account: computed(() => result.value?.me ?? null),
    loading,
    saving,
    save,
    error: computed(() => error.value ?? (loadError.value ? toAppError(loadError.value) : null)),
  };
}
