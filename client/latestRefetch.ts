/**
 * A query's refetch for live updates that never ends on an answer older than the newest event. Apollo
 * merges a refetch into an identical one still in flight (query deduplication), whose answer may have
 * been read before the event that asked for the second; so a refresh asked for while one is out runs
 * once more when it is back. Failures are left to the query's own error state.
 */
export function latestRefetch(refetch: () => Promise<unknown> | undefined): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      await refetch()?.catch(() => undefined);
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = null));
    return running;
  };
}
