import { computed, ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { CreateAgreementDocument, type CreateAgreementInput } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

/** Create an agreement; resolves to its id, or null with `error` set. */
export function useCreateAgreement() {
  const { mutate, loading } = useMutation(CreateAgreementDocument, { throws: 'always' });
  const error = ref<AppError | null>(null);

  async function create(input: CreateAgreementInput): Promise<string | null> {
    error.value = null;
    try {
      const result = await mutate({ input });
      const id = result?.data?.createAgreement.id;
      if (!id) error.value = { code: 'UNKNOWN' };
      return id ?? null;
    } catch (e) {
      error.value = toAppError(e);
      return null;
    }
  }

  return { create, loading, error: computed(() => error.value) };
}
