/**
 * Whether focus is still where the user left it while waiting for an answer: on nothing, or inside
 * `region`. Moving focus after a round trip is right only then; otherwise the user has moved on.
 */
export function focusStillIn(region: Element | null | undefined): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !!region?.contains(active);
}
