import { randomUUID } from "node:crypto";
import pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import { BatchedBudget } from "../server/pipeline/batched-budget.js";

const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
afterAll(() => pool.end());

/** Two server processes' budgets on one database: each its own memory, one table. */
function twoProcesses(budget = { points: 5, durationSeconds: 60 }, burst = { points: 3, durationSeconds: 600 }) {
  const name = `test-${randomUUID()}`;
  const [a, b] = [new BatchedBudget(pool, name, budget, burst), new BatchedBudget(pool, name, budget, burst)];
  return { a, b, name, close: () => Promise.all([a.close(), b.close()]) };
}

const refusal = (consume: Promise<unknown>) =>
  consume.then(
    () => null,
    (error: unknown) => error,
  );

describe("mutation budget counted in memory, flushed to the shared table", () => {
  it("counts what one process let through on the other once flushed, reserve included", async () => {
    const { a, b, close } = twoProcesses();
    for (let i = 0; i < 5; i++) await a.consume("user");
    await a.flush();
    // B opens its window from the table: the budget is spent, the reserve is not.
    for (let i = 0; i < 3; i++) await b.consume("user");
    const refused = await refusal(b.consume("user"));
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
    await b.flush();
    expect(await refusal(a.consume("user"))).toBeInstanceOf(RateLimiterRes);
    // Another key has a budget of its own.
    await a.consume("someone else");
    await close();
  });

  it("refuses without a statement, and opens a window with one", async () => {
    const { a, close } = twoProcesses({ points: 2, durationSeconds: 60 }, { points: 1, durationSeconds: 600 });
    for (let i = 0; i < 3; i++) await a.consume("x");
    await a.flush();
    const query = vi.spyOn(pool, "query");
    for (let i = 0; i < 20; i++) expect(await refusal(a.consume("x"))).toBeInstanceOf(RateLimiterRes);
    await a.flush(); // nothing new to add
    expect(query).not.toHaveBeenCalled();
    await a.consume("z"); // a window opens: one exchange
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    await close();
  });

  it("starts a new window when the old one ends", async () => {
    const { a, b, close } = twoProcesses({ points: 2, durationSeconds: 1 }, { points: 1, durationSeconds: 1 });
    for (let i = 0; i < 3; i++) await a.consume("user");
    expect(await refusal(a.consume("user"))).toBeInstanceOf(RateLimiterRes);
    await a.flush();
    expect(await refusal(b.consume("user"))).toBeInstanceOf(RateLimiterRes);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await a.consume("user");
    await b.consume("user");
    await close();
  });
});
