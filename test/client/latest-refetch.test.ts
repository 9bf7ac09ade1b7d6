import { describe, expect, it } from 'vitest';
import { latestRefetch } from '../../client/latestRefetch.js';

/** A refetch whose answers the test releases one by one. */
function controlledRefetch() {
  const pending: Array<() => void> = [];
  let calls = 0;
  const refetch = () => {
    calls++;
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  const answer = async () => {
    pending.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { refetch, answer, calls: () => calls };
}

describe('latestRefetch: a live refresh never ends on an answer older than the newest event', () => {
  it('runs once more after the refetch in flight when events came meanwhile, however many', async () => {
    const { refetch, answer, calls } = controlledRefetch();
    const refresh = latestRefetch(refetch);
    const first = refresh();
    expect(calls()).toBe(1);
    const second = refresh();
    const third = refresh(); // both arrive while the first is out: one more refetch covers them
    expect(calls()).toBe(1);
    await answer();
    expect(calls()).toBe(2);
    await answer();
    await Promise.all([first, second, third]);
    expect(calls()).toBe(2);
    // Nothing in flight: the next refresh refetches at once.
    void refresh();
    expect(calls()).toBe(3);
    await answer();
  });

  it("a failed refetch is left to the query's error state and does not stop the next", async () => {
    let calls = 0;
    const refresh = latestRefetch(() => (calls++ === 0 ? Promise.reject(new Error('offline')) : Promise.resolve()));
    await refresh();
    await refresh();
    expect(calls).toBe(2);
  });
});
