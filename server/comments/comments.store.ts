import { SectionEntity } from "../agreements/agreement.entities.js";
import { LIST_CAPS } from "../validation/input.js";
import type { Tx } from "../db/database.js";
import { entityStatement, prepared } from "../db/prepared.js";
import { columnsOf, entityOf } from "../db/plain-rows.js";
import { UserEntity } from "../identity/identity.entities.js";
import { isUuid } from "../validation/input.js";
import { CommentEntity } from "./comment.entity.js";

export interface NewComment {
  sectionId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  anchor: string | null;
  anchorEnd: string | null;
  quote: string | null;
}

/** Comments by section, and the users they name by id. */
export interface CommentsWithUsers {
  bySection: Map<string, CommentEntity[]>;
  users: Map<string, UserEntity>;
}

const OLDEST_FIRST = { createdAt: "ASC", id: "ASC" } as const;

const SECTION = entityStatement(
  "comment_section",
  SectionEntity,
  "s",
  (columns) => `SELECT ${columns} FROM section s WHERE s.id = $1 AND s.municipality_id = $2`,
);
const INSERT = prepared(
  "comment_insert",
  `INSERT INTO comment (municipality_id, section_id, parent_id, author_id, body, anchor, anchor_end, quote)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at AS "createdAt"`,
);

/** The comments' SQL. Every write runs under the agreement's row lock, which the command runner takes first. */
export const commentsStore = {
  /** A written-out, prepared statement: every comment command reads its section (under the agreement's lock). */
  async section(tx: Tx, sectionId: string): Promise<SectionEntity | null> {
    if (!isUuid(sectionId)) return null;
    const [row] = (await tx.em.query(SECTION(tx), [sectionId, tx.municipalityId])) as Array<Record<string, unknown>>;
    return row ? entityOf(tx.em, SectionEntity, row) : null;
  },

  comment(tx: Tx, commentId: string): Promise<CommentEntity | null> {
    return isUuid(commentId) ? tx.em.findOneBy(CommentEntity, { id: commentId, municipalityId: tx.municipalityId }) : Promise.resolve(null);
  },

  /** Every comment of a section, threads and replies, oldest first. */
  ofSection(tx: Tx, sectionId: string): Promise<CommentEntity[]> {
    return tx.em.find(CommentEntity, {
      where: { sectionId, municipalityId: tx.municipalityId },
      order: OLDEST_FIRST,
      take: LIST_CAPS.commentsPerSection,
    });
  },

  /**
   * Every comment of each section (up to the per-section cap), oldest first, with the users they name
   * (authors, who resolved them), in one statement.
   */
  async ofSections(tx: Tx, sectionIds: readonly string[]): Promise<CommentsWithUsers> {
    const bySection = new Map<string, CommentEntity[]>(sectionIds.map((id) => [id, []]));
    const users = new Map<string, UserEntity>();
    const valid = sectionIds.filter(isUuid);
    if (valid.length === 0) return { bySection, users };
    const rows = (await tx.em.query(
      `SELECT ${columnsOf(tx.em, CommentEntity, "c")}, ${columnsOf(tx.em, UserEntity, "a", "a_")}, ${columnsOf(tx.em, UserEntity, "r", "r_")}
         FROM comment c
         LEFT JOIN app_user a ON a.id = c.author_id AND a.municipality_id = c.municipality_id
         LEFT JOIN app_user r ON r.id = c.resolved_by AND r.municipality_id = c.municipality_id
        WHERE c.municipality_id = $2
          AND c.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY section_id ORDER BY created_at, id) AS n
                 FROM comment WHERE section_id = ANY($1::uuid[]) AND municipality_id = $2) capped WHERE n <= $3)
        ORDER BY c.created_at ASC, c.id ASC`,
      [valid, tx.municipalityId, LIST_CAPS.commentsPerSection],
    )) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const comment = entityOf(tx.em, CommentEntity, row)!;
      bySection.get(comment.sectionId)?.push(comment);
      for (const prefix of ["a_", "r_"]) {
        const user = entityOf(tx.em, UserEntity, row, prefix);
        if (user) users.set(user.id, user);
      }
    }
    return { bySection, users };
  },

  replies(tx: Tx, threadId: string): Promise<CommentEntity[]> {
    return tx.em.find(CommentEntity, { where: { parentId: threadId, municipalityId: tx.municipalityId }, order: OLDEST_FIRST });
  },

  /** One statement, without the entity manager's bookkeeping: every mutation of a comment thread passes here. */
  async insert(tx: Tx, comment: NewComment): Promise<CommentEntity> {
    const [row] = (await tx.em.query(INSERT, [
      tx.municipalityId,
      comment.sectionId,
      comment.parentId,
      comment.authorId,
      comment.body,
      comment.anchor,
      comment.anchorEnd,
      comment.quote,
    ])) as Array<{ id: string; createdAt: Date }>;
    return Object.assign(new CommentEntity(), {
      ...comment,
      ...row,
      municipalityId: tx.municipalityId,
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
    });
  },

  /** Resolves (by `userId`, now) or reopens a thread; returns it as stored. */
  async setResolved(tx: Tx, commentId: string, resolved: boolean, userId: string): Promise<CommentEntity> {
    await tx.em.query(
      `UPDATE comment SET resolved = $3, resolved_by = CASE WHEN $3 THEN $4::uuid END, resolved_at = CASE WHEN $3 THEN now() END
        WHERE id = $1 AND municipality_id = $2`,
      [commentId, tx.municipalityId, resolved, userId],
    );
    return tx.em.findOneByOrFail(CommentEntity, { id: commentId, municipalityId: tx.municipalityId });
  },
};
