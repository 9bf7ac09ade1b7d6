import { ref, watch, type Ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { SingleSignOnForDocument, type SingleSignOnForQuery } from '../../gql/graphql.js';

export type SingleSignOnOption = NonNullable<SingleSignOnForQuery['singleSignOnFor']>;

/** Typing pauses this long before the e-mail's domain is looked up. */
const DEBOUNCE_MS = 400;

/** The part after "@" when it looks like a domain, else null (nothing to ask yet). */
function domainOf(email: string): string | null {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}

/**
 * The login page's single sign-on button: the municipality the URL names (`?kommun=<slug>`), or else
 * the one whose e-mail domain the user is typing. Each domain is asked once; a failed lookup shows no
 * button (the password form still works).
 */
export function useSingleSignOnOption(kommun: Ref<string | null>, email: Ref<string>) {
  const { resolveClient } = useApolloClient();
  const option = ref<SingleSignOnOption | null>(null);
  const known = new Map<string, SingleSignOnOption | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function ask(key: string, variables: { kommun: string | null; email: string | null }): Promise<void> {
    if (!known.has(key)) {
      try {
        const { data } = await resolveClient().query({ query: SingleSignOnForDocument, variables, fetchPolicy: 'network-only' });
        known.set(key, data?.singleSignOnFor ?? null);
      } catch {
        known.set(key, null);
      }
    }
    if (current() === key) option.value = known.get(key) ?? null;
  }

  const current = () => (kommun.value ? `kommun:${kommun.value}` : domainOf(email.value) ? `domain:${domainOf(email.value)}` : null);

  watch(
    [kommun, email],
    () => {
      clearTimeout(timer);
      const key = current();
      if (!key) return void (option.value = null);
      if (kommun.value) return void ask(key, { kommun: kommun.value, email: null });
      timer = setTimeout(() => void ask(key, { kommun: null, email: `x@${domainOf(email.value)}` }), DEBOUNCE_MS);
    },
    { immediate: true },
  );

  return { option, show: (found: SingleSignOnOption) => (option.value = found) };
}

/** Where the button goes: the start of the sign-in, with the page to come back to. */
export function startHref(option: Pick<SingleSignOnOption, 'startUrl'>, redirect: string): string {
  return redirect === '/' ? option.startUrl : `${option.startUrl}&redirect=${encodeURIComponent(redirect)}`;
}
