/**
 * Agreement events after which what anyone may do with it can change: its lifecycle steps (submission,
 * a committee's decision or its correction, a signature, an amendment). A panel that shows actions
 * fetches its permission flags again on these, besides its own capability's events.
 */
export function changesWhatMayBeDone(type: string): boolean {
  return type.startsWith('agreement.') || type.startsWith('approval.');
}
