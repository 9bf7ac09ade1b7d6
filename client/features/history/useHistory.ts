import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AgreementVersionsDocument,
  CompareVersionsDocument,
  CreateVersionDocument,
  RestoreVersionDocument,
  type AgreementVersionItemFragment,
  type CompareVersionsQuery,
} from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';
import { useAgreementEventFeed } from '../comments/useAgreementEventFeed';
import { latestRefetch } from '../../latestRefetch';

export type AgreementVersion = AgreementVersionItemFragment;
export type SectionDiff = CompareVersionsQuery['compareVersions'][number];

/** The agreement's named versions, newest first, kept live; creating one and restoring one. */
export function useHistory(agreementId: () => string) {
  const { result, loading, error, refetch } = useQuery(AgreementVersionsDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => refetch());
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  // The other party's versions show up as they are made; a change of the balance changes the version
  // a restore must name (the balance part may not be open to refetch it).
  useAgreementEventFeed(agreementId, ['version.', 'balance.'], () => void refresh());

  const creating = useMutation(CreateVersionDocument);
  const restoring = useMutation(RestoreVersionDocument);
  const actionError = ref<AppError | null>(null);

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    actionError.value = null;
    try {
      const value = await action();
      await refresh();
      return value;
    } catch (e) {
      actionError.value = toAppError(e);
      return null;
    }
  }

  return {
    versions: computed<AgreementVersion[]>(() => result.value?.agreement.versions ?? []),
    permissions: computed(() => result.value?.agreement.historyPermissions ?? { canCreateVersion: false, canRestore: false }),
    /** The balance's version now (refetched on every balance event). */
    balanceVersion: computed(() => result.value?.agreement.balance.version ?? null),
    loading,
    error: computed<AppError | null>(() => actionError.value ?? (error.value ? toAppError(error.value) : null)),
    busy: computed(() => creating.loading.value || restoring.loading.value),
    /** Resolves with the new version, or null (the error is in `error`). */
    create: (name: string) => run(async () => (await creating.mutate({ agreementId: agreementId(), name }))?.data?.createVersion ?? null),
    /** With `expectedBalanceVersion`, the version's balance lines are restored too. */
    restore: (versionId: string, expectedBalanceVersion: number | null) =>
      run(async () => (await restoring.mutate({ versionId, expectedBalanceVersion }))?.data?.restoreVersion ?? null),
  };
}

/** The text difference per section between two versions, or a version and now (`to` null). Asked for on demand. */
export function useVersionCompare(agreementId: () => string, pair: () => { from: string; to: string | null } | null) {
  const { result, loading, error } = useQuery(
    CompareVersionsDocument,
    () => ({ agreementId: agreementId(), fromVersionId: pair()?.from ?? '', toVersionId: pair()?.to ?? null }),
    () => ({ enabled: pair() !== null, fetchPolicy: 'network-only' }),
  );
  return {
    diffs: computed<SectionDiff[]>(() => (pair() ? (result.value?.compareVersions ?? []) : [])),
    loading,
    error: computed<AppError | null>(() => (error.value ? toAppError(error.value) : null)),
  };
}
