import { computed, ref, watch } from 'vue';
import { ApolloError } from '@apollo/client/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { PublicRecordsDocument, type PublicRecordsQuery } from '../../gql/graphql';
import { toAppError, type AppError } from '../../errors';

export type PublicAgreement = PublicRecordsQuery['publicAgreements'][number];

const GRAPHQL_PATH = '/graphql';

/** The public list's downloads: for Swedish Excel, and plain CSV and JSON for open data. */
export const PUBLIC_EXPORTS = ['excel', 'csv', 'json'] as const;
export type PublicExport = (typeof PUBLIC_EXPORTS)[number];

/** The public lists: the signed agreements, and the accepted follow-up of them (one row per accepted value). */
export type PublicExportList = 'agreements' | 'follow-up';

/** The address of one of the municipality's public lists in one of its formats. */
export function publicExportUrl(kommun: string, format: PublicExport, list: PublicExportList = 'agreements'): string {
  const file = format === 'excel' ? `${list}-excel.csv` : `${list}.${format}`;
  return `/api/public/${encodeURIComponent(kommun)}/${file}`;
}

/**
 * A municipality's signed agreements, read as anyone: a plain request without the session cookie,
 * because a signed-in caller's session would scope the read to their own municipality, and a public
 * record must read the same for everyone (and an expired session must not end anyone's visit here).
 */
export function usePublicRecords(kommun: () => string) {
  const data = ref<PublicRecordsQuery | null>(null);
  const loading = ref(false);
  const error = ref<AppError | null>(null);

  async function load(slug: string): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(PublicRecordsDocument), variables: { kommun: slug } }),
      });
      const body = (await response.json()) as { data?: PublicRecordsQuery | null; errors?: GraphQLFormattedError[] };
      if (slug !== kommun()) return; // another municipality was asked for meanwhile
      if (body.errors?.length) {
        data.value = null;
        error.value = toAppError(new ApolloError({ graphQLErrors: body.errors }));
      } else data.value = body.data ?? null;
    } catch (e) {
      error.value = toAppError(e);
    } finally {
      loading.value = false;
    }
  }

  watch(kommun, (slug) => void load(slug), { immediate: true });

  return {
    municipality: computed(() => data.value?.publicMunicipality ?? null),
    agreements: computed<PublicAgreement[]>(() => data.value?.publicAgreements ?? []),
    loading,
    error,
  };
}
