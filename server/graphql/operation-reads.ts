import type { HeldTransaction, Tx } from "../db/database.js";
import { DomainError } from "../errors.js";
import type { CommandRunner } from "../pipeline/runner.js";

type ReadDoor = Pick<CommandRunner, "readIn" | "holdRead">;

/**
 * The read transactions of one GraphQL operation: one per municipality it reads, opened by the first
 * field that reads there and shared by every other field of the operation, then ended when its
 * execution ends (`endOperationReads`). A field's read used to be a transaction of its own — a pool
 * checkout, `START TRANSACTION` with the scope, its statements and `COMMIT` — so a page of thirty
 * fields sent thirty of each. It is READ COMMITTED, as each of those was: every statement sees what
 * was committed before it, a mutation's write included (its command runs in a transaction of the
 * runner's own, before the result's fields read).
 *
 * Once ended, or when the pool has no connection to spare for holding (`Database.hold`), each read is
 * a transaction of its own again, so a late field never reopens what nobody would end.
 */
export class OperationReads {
  private readonly held = new Map<string, Promise<HeldTransaction>>();
  /** Every transaction opened, the ones a failed statement retired from `held` too: each is ended. */
  private opened: Array<Promise<HeldTransaction>> = [];
  private ended = false;

  constructor(private readonly door: ReadDoor) {}

  /** Another operation's reads through the same door (a subscription's next event, a socket's next operation). */
  fresh(): OperationReads {
    return new OperationReads(this.door);
  }

  async in<T>(municipalityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const holding = this.holding(municipalityId);
    if (!holding) return this.door.readIn(municipalityId, work);
    const { tx } = await holding;
    try {
      return await work(tx);
    } catch (error) {
      // A failed statement aborts the transaction; the fields that read after it get another one.
      if (!(error instanceof DomainError) && this.held.get(municipalityId) === holding) this.held.delete(municipalityId);
      throw error;
    }
  }

  /**
   * Ends the transactions held so far; a later read opens another (after a mutation's command, whose
   * transaction must not wait on the operation's own reads, nor hold a second connection beside them).
   */
  async release(): Promise<void> {
    const opened = this.opened;
    this.opened = [];
    this.held.clear();
    await Promise.all(
      opened.map((holding) =>
        holding.then(
          (held) => held.end(),
          () => {},
        ),
      ),
    );
  }

  /** The operation's execution is over: ends what it held; reads after this are transactions of their own. */
  end(): Promise<void> {
    this.ended = true;
    return this.release();
  }

  private holding(municipalityId: string): Promise<HeldTransaction> | null {
    if (this.ended) return null;
    let holding = this.held.get(municipalityId) ?? null;
    if (holding) return holding;
    holding = this.door.holdRead(municipalityId);
    if (!holding) return null;
    const opened = holding;
    this.held.set(municipalityId, opened);
    this.opened.push(opened);
    opened.catch(() => this.held.get(municipalityId) === opened && this.held.delete(municipalityId));
    return opened;
  }
}
