import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  ConfigureSingleSignOnDocument,
  RemoveSingleSignOnDocument,
  SetGroupRoleMappingsDocument,
  SingleSignOnSettingsDocument,
  type GroupRoleMappingInput,
  type SingleSignOnInput,
} from '../../gql/graphql';
import { useActionRunner } from '../../composables/useActionRunner';

/** The ADMIN's single sign-on settings: read, save, map groups, remove; every change refetches. */
export function useSingleSignOnSettings() {
  const query = useQuery(SingleSignOnSettingsDocument, {}, { fetchPolicy: 'network-only' });
  const refetch = async () => void (await query.refetch());
  // One runner each, so that a refusal shows where it was caused.
  const [saving, mapping, removing] = [useActionRunner(refetch), useActionRunner(refetch), useActionRunner(refetch)];
  const configure = useMutation(ConfigureSingleSignOnDocument, { throws: 'always' });
  const remove = useMutation(RemoveSingleSignOnDocument, { throws: 'always' });
  const setMappings = useMutation(SetGroupRoleMappingsDocument, { throws: 'always' });

  const settings = computed(() => query.result.value?.singleSignOn ?? null);
  return {
    settings,
    organs: computed(() => query.result.value?.organs ?? []),
    loading: query.loading,
    loadError: query.error,
    saving,
    mapping,
    removing,
    save: (input: SingleSignOnInput) => saving.attempt(() => configure.mutate({ input, expectedVersion: settings.value?.version ?? 0 })),
    saveMappings: (mappings: GroupRoleMappingInput[]) => mapping.attempt(() => setMappings.mutate({ mappings })),
    remove: () => removing.attempt(() => remove.mutate()),
  };
}

export type SingleSignOnSettingsState = ReturnType<typeof useSingleSignOnSettings>;
