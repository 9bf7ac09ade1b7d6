import { nextTick, ref } from 'vue';
import type { BalanceLineInput } from '../../gql/graphql';
import { lineFieldOf, validateLineForm, type LineErrors, type LineForm } from './lineForm';
import type { BalanceActions, Outcome } from './useBalanceActions';

/**
 * Validate-then-save for one line form: errors go to their fields (client checks first, then the
 * server's BAD_USER_INPUT), and focus moves to the first invalid input.
 */
export function useLineEditor(idPrefix: () => string, actions: BalanceActions) {
  const errors = ref<LineErrors>({});

  async function save(form: LineForm, send: (input: BalanceLineInput) => Promise<Outcome>): Promise<Outcome | 'invalid'> {
    const checked = validateLineForm(form);
    errors.value = checked.errors;
    if (!checked.input) {
      await focusFirstError();
      return 'invalid';
    }
    const outcome = await send(checked.input);
    const field = actions.error.value?.code === 'BAD_USER_INPUT' ? lineFieldOf(actions.error.value.field) : null;
    if (outcome === 'failed' && field) {
      errors.value = { [field]: 'validation.invalid' };
      actions.clearError();
      await focusFirstError();
    }
    return outcome;
  }

  async function focusFirstError(): Promise<void> {
    await nextTick();
    const first = Object.keys(errors.value)[0];
    if (first) document.getElementById(`${idPrefix()}-${first}`)?.focus();
  }

  return { errors, save, reset: () => (errors.value = {}) };
}
