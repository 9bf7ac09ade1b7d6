import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Editor } from '@tiptap/core';
import { session } from '../../identity/session';
import { describeSuggestion } from './describeSuggestion';
import { refreshSuggestionDescriptions, setSuggesting, SuggestChanges, suggestionIdsOf } from './SuggestChanges';
import type { SuggestRefusal } from './suggestTransaction';
import { useSectionSuggestions } from './useSectionSuggestions';
import { useSuggestionMode } from './useSuggestionMode';

/**
 * Suggestion mode for one section's editor: the extension to give it, the person's remembered choice,
 * the section's pending suggestions (live), and why the last change could not be suggested.
 */
export function useSuggesting(agreementId: () => string, sectionId: () => string) {
  const { t, locale } = useI18n();
  const suggestions = useSectionSuggestions(agreementId, sectionId);
  const on = useSuggestionMode(() => session.user?.id ?? null);
  const refusal = ref<SuggestRefusal | null>(null);

  const extension = SuggestChanges.configure({
    author: () => {
      const party = suggestions.party.value;
      const userId = session.user?.id;
      return party && userId ? { party, userId } : null;
    },
    describe: (id, kind) => describeSuggestion(t, locale.value, suggestions.names.value, id, kind),
    onRefused: (reason) => (refusal.value = reason),
  });

  /** Keeps `editor` in the mode the person chose (while they may edit and draft for a party), and the panel live. */
  function bind(editor: Ref<Editor | null>, canEdit: Ref<boolean>): void {
    watch(
      [editor, on, canEdit, suggestions.party],
      ([e, mode, editable, party]) => {
        if (e) setSuggesting(e, mode && editable && party !== null);
        if (!mode) refusal.value = null;
      },
      { immediate: true },
    );
    watch([editor, suggestions.names, locale], ([e]) => e && refreshSuggestionDescriptions(e));
    watch(
      editor,
      (e, _old, onCleanup) => {
        if (!e) return;
        let ids = suggestionIdsOf(e.state.doc);
        const onUpdate = () => {
          refusal.value = null;
          const next = suggestionIdsOf(e.state.doc);
          if (next !== ids) suggestions.changed();
          ids = next;
        };
        e.on('update', onUpdate);
        onCleanup(() => e.off('update', onUpdate));
      },
      { immediate: true },
    );
  }

  return { suggestions, on, refusal, extension, bind };
}
