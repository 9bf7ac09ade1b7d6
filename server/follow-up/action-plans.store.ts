import { In } from "typeorm";
import type { Tx } from "../db/database.js";
import { UserEntity } from "../identity/identity.entities.js";
import { isUuid } from "../validation/input.js";
import { ActionPlanEntity, ActionPlanStatus, ActionPlanStepEntity } from "./follow-up.entities.js";
import { byId } from "./row-by-id.js";

/** Action plans, their steps, and the people who may own one (part of `followUpStore`). */
export const actionPlansStore = {
  plan: (tx: Tx, id: string) => byId(tx, ActionPlanEntity, id),
  step: (tx: Tx, id: string) => byId(tx, ActionPlanStepEntity, id),

  planOfReport: (tx: Tx, reportId: string) => tx.em.findOneBy(ActionPlanEntity, { reportId, municipalityId: tx.municipalityId }),

  plans: (tx: Tx, agreementId: string) =>
    tx.em.find(ActionPlanEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { createdAt: "ASC" } }),

  steps(tx: Tx, planIds: readonly string[]): Promise<ActionPlanStepEntity[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return tx.em.find(ActionPlanStepEntity, {
      where: { actionPlanId: In([...planIds]), municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
  },

  async insertPlan(
    tx: Tx,
    values: { agreementId: string; reportId: string; description: string; ownerId: string; dueDate: string; createdBy: string },
    steps: readonly string[],
  ): Promise<ActionPlanEntity> {
    const plan = await tx.em.save(
      tx.em.create(ActionPlanEntity, { ...values, municipalityId: tx.municipalityId, status: ActionPlanStatus.PLANNED, version: 1 }),
    );
    for (const [i, description] of steps.entries())
      await tx.em.insert(ActionPlanStepEntity, { municipalityId: tx.municipalityId, actionPlanId: plan.id, position: i + 1, description });
    return plan;
  },

  /** The new version, or null when `expected` is stale. DONE sets when; leaving DONE clears it. */
  async updatePlan(
    tx: Tx,
    id: string,
    expected: number,
    values: { status: ActionPlanStatus; description: string; ownerId: string; dueDate: string },
  ): Promise<number | null> {
    const [rows] = (await tx.em.query(
      `UPDATE action_plan SET status = $3, description = $4, owner_id = $5, due_date = $6,
              done_at = CASE WHEN $3 = 'DONE' THEN coalesce(done_at, now()) END, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING version`,
      [id, expected, values.status, values.description, values.ownerId, values.dueDate],
    )) as [Array<{ version: number }>, number];
    return rows[0]?.version ?? null;
  },

  async setStepDone(tx: Tx, stepId: string, doneBy: string | null): Promise<void> {
    await tx.em.query(
      `UPDATE action_plan_step SET done_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END, done_by = $2 WHERE id = $1`,
      [stepId, doneBy],
    );
  },

  /** A step changes its plan: the plan's version moves with it, so a stale plan form sees CONFLICT. */
  async touchPlan(tx: Tx, id: string): Promise<void> {
    await tx.em.query(`UPDATE action_plan SET version = version + 1 WHERE id = $1`, [id]);
  },

  // --- the people a plan can name

  users(tx: Tx, ids: readonly string[]): Promise<UserEntity[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return Promise.resolve([]);
    return tx.em.findBy(UserEntity, { id: In(unique), municipalityId: tx.municipalityId });
  },

  /** Whether the user is active and holds a role in one of the organs. */
  async activeUserIn(tx: Tx, userId: string, organIds: readonly string[]): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const [row] = (await tx.em.query(
      `SELECT 1 FROM app_user u JOIN role_assignment r ON r.user_id = u.id
        WHERE u.id = $1 AND u.active AND r.organ_id = ANY($2::uuid[]) LIMIT 1`,
      [userId, organIds],
    )) as unknown[];
    return row !== undefined;
  },

  /** The active users holding a role in one of the organs, by name: who may own an action plan. */
  activeUsersIn(tx: Tx, organIds: readonly string[]): Promise<UserEntity[]> {
    return tx.em.query(
      `SELECT DISTINCT u.id, u.name, u.email, u.active FROM app_user u JOIN role_assignment r ON r.user_id = u.id
        WHERE u.active AND r.organ_id = ANY($1::uuid[]) ORDER BY u.name, u.id`,
      [organIds],
    ) as Promise<UserEntity[]>;
  },
};
