import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { Editor } from '@tiptap/vue-3';
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { session } from '../identity/session';
import { liveSectionEmpty } from './liveEmptiness';
import { graphqlSectionTransport } from './sync/graphql-transport';
import { openPendingLog } from './sync/pending-store';
import { SectionSync, type SyncProblem, type SyncState, type SyncStatus } from './sync/section-sync';
import { withSuggestibleBlocks } from './suggestions/SuggestChanges';
import type { Presence } from './usePresence';

/** The Y.XmlFragment of a section's Y.Doc that holds its rich text (API.md). */
export const CONTENT_FIELD = 'content';
/** Section titles are h3 on the page, so headings inside a section are h4. */
export const HEADING_LEVEL = 4;

export type EditorStatus = SyncStatus;

interface Session {
  doc: Y.Doc;
  awareness: Awareness;
  sync: SectionSync;
  detach: (() => void) | null;
}

export interface SectionEditorOptions {
  sectionId: string;
  title: () => string;
  /** Section.editable: may the caller edit now (refetched when the agreement changes). */
  editable: () => boolean;
  presence: Presence | null;
  /** Id of the element that describes the editor (the save status). */
  describedBy: string;
  /** Further editor extensions (suggestion mode). */
  extensions?: AnyExtension[];
}

const initialState: SyncState = { status: 'connecting', ready: false, editable: false, pending: 0, problem: null, diverged: false, seq: 0 };

/** A named caret for another person: a coloured bar with their name; hidden from screen readers (the presence list says it). */
function renderCaret(user: Record<string, string>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.style.borderColor = user.color ?? '';
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = user.color ?? '';
  label.textContent = user.name ?? '';
  // Word joiners keep the caret from breaking the line it sits in.
  caret.append('\u2060', label, '\u2060');
  return caret;
}

/**
 * One section's live editor: a Y.Doc synced through SectionSync, a Tiptap editor bound to it once
 * the server's state has arrived (so an empty document never races the real one), and presence.
 * When the server drops our updates the document no longer matches it: it is reopened from the server.
 */
export function useSectionEditor(options: SectionEditorOptions) {
  const editor = shallowRef<Editor | null>(null);
  const syncState = shallowRef<SyncState>(initialState);
  /** The last problem, kept after reopening so the message stays until the next successful edit. */
  const problem = ref<SyncProblem | null>(null);
  let current: Session | null = null;

  const canEdit = computed(() => options.editable() && syncState.value.editable);
  const status = computed<EditorStatus>(() => {
    const s = syncState.value.status;
    if (s === 'saving' || s === 'offline' || s === 'connecting') return s;
    return canEdit.value ? s : 'readonly';
  });

  const attributes = (): Record<string, string> => ({
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': options.title(),
    'aria-describedby': options.describedBy,
    'aria-readonly': canEdit.value ? 'false' : 'true',
    class: 'section-editor__content',
  });

  function createEditor(s: Session, focus: boolean): void {
    const instance = new Editor({
      extensions: [
        withSuggestibleBlocks(StarterKit.configure({ undoRedo: false, heading: { levels: [HEADING_LEVEL] } })),
        Collaboration.configure({ document: s.doc, field: CONTENT_FIELD }),
        CollaborationCaret.configure({
          provider: { awareness: s.awareness },
          user: { name: session.user?.name ?? '' },
          render: renderCaret,
        }),
        ...(options.extensions ?? []),
      ],
      editable: canEdit.value,
      editorProps: { attributes: attributes() },
    });
    s.detach = options.presence?.attach(options.sectionId, s.awareness) ?? null;
    const reportEmptiness = () => liveSectionEmpty.set(options.sectionId, instance.getText().trim() === '');
    reportEmptiness();
    instance.on('update', reportEmptiness);
    editor.value = instance;
    if (focus) instance.commands.focus('end');
  }

  function open(focus = false): void {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const scope = `${session.user?.id ?? 'anonymous'}/${options.sectionId}`;
    const s: Session = { doc, awareness, detach: null, sync: null as unknown as SectionSync };
    s.sync = new SectionSync(doc, graphqlSectionTransport(options.sectionId), openPendingLog(scope), {
      onChange: (state) => {
        if (current !== s) return;
        syncState.value = state;
        if (state.problem) problem.value = state.problem;
        else if (state.status === 'saving') problem.value = null;
        if (state.diverged) queueMicrotask(() => reopen());
        else if (state.ready && !editor.value) createEditor(s, focus);
      },
    });
    current = s;
    void s.sync.start();
  }

  function close(): void {
    const s = current;
    current = null;
    if (!s) return;
    s.sync.stop();
    s.detach?.();
    liveSectionEmpty.delete(options.sectionId);
    editor.value?.destroy();
    editor.value = null;
    s.doc.destroy(); // also destroys the Awareness
  }

  /** Starts over from the server's state, keeping the problem on show. */
  function reopen(): void {
    const hadFocus = editor.value?.isFocused ?? false;
    close();
    syncState.value = initialState;
    open(hadFocus);
  }

  watch(canEdit, (editable) => {
    editor.value?.setEditable(editable, false);
    editor.value?.setOptions({ editorProps: { attributes: attributes() } });
  });
  watch(options.title, () => editor.value?.setOptions({ editorProps: { attributes: attributes() } }));
  // Editable again (a draft returned to DRAFT, a section reopened) while the sync still holds the
  // server's earlier "no" (refused updates, or a state fetched while locked): start afresh.
  watch(options.editable, (editable, was) => {
    if (editable && !was && !syncState.value.editable) reopen();
  });

  open();
  onScopeDispose(close);

  return {
    editor,
    status,
    problem,
    canEdit,
    ready: computed(() => syncState.value.ready),
    /** The newest log position the editor holds, and whether edits of it are still being saved. */
    seq: computed(() => syncState.value.seq),
    saving: computed(() => syncState.value.pending > 0),
  };
}
