import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { OrgansDocument } from '../../gql/graphql';
import { toAppError } from '../../errors';

/** The municipality's organs, split into the sides an agreement can have. */
export function useOrgans() {
  const { result, loading, error } = useQuery(OrgansDocument);
  const organs = computed(() => result.value?.organs ?? []);

  return {
    loading,
    error: computed(() => (error.value ? toAppError(error.value) : null)),
    purchasers: computed(() => organs.value.filter((organ) => organ.kind === 'BESTALLARNAMND')),
    providers: computed(() => organs.value.filter((organ) => organ.kind === 'PRODUKTIONSSTYRELSE')),
  };
}
