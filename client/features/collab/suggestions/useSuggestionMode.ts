import { ref, watch } from 'vue';
import { readStorage, writeStorage } from '../../../storage';

/** Whether the person edits in suggestion mode ("Föreslå ändringar"), remembered per person in this browser. */
export function useSuggestionMode(userId: () => string | null) {
  const key = () => `balans.suggesting.${userId() ?? 'anonymous'}`;
  const on = ref(readStorage(key()) === '1');
  watch(userId, () => (on.value = readStorage(key()) === '1'));
  watch(on, (value) => writeStorage(key(), value ? '1' : null));
  return on;
}
