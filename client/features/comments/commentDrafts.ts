import { computed, reactive, shallowReactive } from 'vue';

/*
 * What the editor (its own lazily loaded chunk, with Yjs and ProseMirror) and the comments panel (on
 * the page from the start) share, without the panel importing the editor's libraries.
 */

/** What a new thread on a text range carries: Yjs relative positions as JSON, and the text as it reads now. */
export interface CommentDraft {
  anchor: string;
  anchorEnd: string;
  quote: string;
}

/** An open editor's judgement of anchors against its live document, and a way to hear of its changes. */
export interface LiveAnchors {
  isOnDeletedText(anchor: string, anchorEnd: string | null): boolean;
  onChange(listener: () => void): () => void;
}

/** The pending draft per section, between the editor's "Kommentera" and the panel's form. */
const drafts = reactive(new Map<string, CommentDraft>());
/** Per section whose editor is open; where none is, the server's `onDeletedText` is used. */
export const liveAnchors = shallowReactive(new Map<string, LiveAnchors>());

export function putCommentDraft(sectionId: string, draft: CommentDraft): void {
  drafts.set(sectionId, draft);
}

export function registerLiveAnchors(sectionId: string, anchors: LiveAnchors): () => void {
  liveAnchors.set(sectionId, anchors);
  return () => {
    if (liveAnchors.get(sectionId) === anchors) liveAnchors.delete(sectionId);
  };
}

/** The panel side: the section's pending draft, and a way to drop it once sent or cancelled. */
export function useCommentDraft(sectionId: () => string) {
  return {
    draft: computed(() => drafts.get(sectionId()) ?? null),
    clear: () => drafts.delete(sectionId()),
  };
}
