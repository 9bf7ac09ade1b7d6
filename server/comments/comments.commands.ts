import type { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { badInput, notFound } from "../errors.js";
import type { Command, CommandLifecycle, CommandPolicy } from "../pipeline/command.js";
import { commentsPolicy } from "../policies/comments.policy.js";
import { optionalText, requiredText } from "../validation/input.js";
import { normaliseAnchor } from "./comment-anchors.js";
import type { CommentEntity } from "./comment.entity.js";
import { CommentEvent, summaries } from "./comments.events.js";
import { commentsStore } from "./comments.store.js";

export const MAX_BODY = 5000;
export const MAX_QUOTE = 2000;

/** What a comment command acts on: the section, and its agreement, locked. */
export interface SectionTarget {
  agreement: AgreementEntity;
  section: SectionEntity;
}

/** The drafting parties comment, resolve and reopen, while the agreement is a DRAFT. */
const comments: { policy: CommandPolicy<{ agreement: AgreementEntity }>; lifecycle: CommandLifecycle<object> } = {
  policy: {
    allows: (actor, { agreement }) => commentsPolicy.mayComment(actor, agreement),
    refusal: "Bara parternas förvaltningschefer och handläggare kan kommentera",
  },
  lifecycle: { states: [AgreementStatus.DRAFT], refusal: "Överenskommelsen är inte ett utkast längre och kan inte kommenteras" },
};

async function sectionOf(tx: Tx, sectionId: string): Promise<SectionEntity> {
  const section = await commentsStore.section(tx, sectionId);
  if (!section) throw notFound("Avsnittet");
  return section;
}

async function commentOf(tx: Tx, commentId: string): Promise<CommentEntity> {
  const comment = await commentsStore.comment(tx, commentId);
  if (!comment) throw notFound("Kommentaren");
  return comment;
}

export interface AddCommentInput {
  sectionId: string;
  body: string;
  anchor?: string | null;
  anchorEnd?: string | null;
  quote?: string | null;
  parentId?: string | null;
}

type ValidComment = Pick<CommentEntity, "body" | "quote" | "parentId" | "anchor" | "anchorEnd">;

/**
 * A new thread on a section — anchored to a text range with Yjs relative positions, so it follows
 * the text, or on the whole section — or, with `parentId`, a reply to a thread.
 */
export const addComment: Command<AddCommentInput, SectionTarget, ValidComment, CommentEntity> = {
  name: "addComment",
  agreementOf: async (tx, input) => (await sectionOf(tx, input.sectionId)).agreementId,
  agreementVia: { table: "section", id: (input) => input.sectionId },
  load: async ({ tx }, input, agreement) => ({ agreement: agreement!, section: await sectionOf(tx, input.sectionId) }),
  ...comments,
  async validate({ tx }, input, { section }) {
    const body = requiredText(input.body, "body", "Kommentaren", MAX_BODY);
    const quote = optionalText(input.quote, "quote", "Citatet", MAX_QUOTE);
    const parentId = input.parentId ? await threadOf(tx, section.id, input.parentId) : null;
    const [anchor, anchorEnd] = parentId ? replyAnchors(input) : threadAnchors(input);
    return { body, quote: parentId ? null : quote, parentId, anchor, anchorEnd };
  },
  async write({ tx, actor }, { section }, valid) {
    const comment = await commentsStore.insert(tx, { ...valid, sectionId: section.id, authorId: actor.userId });
    const { parentId } = comment;
    return {
      result: comment,
      events: [
        CommentEvent.added(summaries.added(section.title, parentId !== null), { commentId: comment.id, sectionId: section.id, parentId }),
      ],
    };
  },
};

type ThreadTarget = SectionTarget & { comment: CommentEntity; requested: boolean };

/** Resolves or reopens a thread; setting the state it already has changes nothing. */
export const setCommentResolved: Command<{ commentId: string; resolved: boolean }, ThreadTarget, boolean, CommentEntity> = {
  name: "setCommentResolved",
  async agreementOf(tx, { commentId }) {
    return (await sectionOf(tx, (await commentOf(tx, commentId)).sectionId)).agreementId;
  },
  async load({ tx }, { commentId, resolved }, agreement) {
    const comment = await commentOf(tx, commentId);
    return { agreement: agreement!, section: await sectionOf(tx, comment.sectionId), comment, requested: resolved };
  },
  ...comments,
  validate(_ctx, { resolved }, { comment }) {
    if (comment.parentId !== null) throw badInput("Bara en hel tråd kan markeras som löst", "commentId");
    return resolved;
  },
  unchanged: ({ comment, requested }) => (comment.resolved === requested ? comment : null),
  async write({ tx, actor }, { section, comment }, resolved) {
    const stored = await commentsStore.setResolved(tx, comment.id, resolved, actor.userId);
    const data = { commentId: comment.id, sectionId: section.id };
    return {
      result: stored,
      events: [
        resolved
          ? CommentEvent.resolved(summaries.resolved(section.title), data)
          : CommentEvent.reopened(summaries.reopened(section.title), data),
      ],
    };
  },
};

/** The thread a reply goes to: the parent's own thread when the parent is itself a reply. */
async function threadOf(tx: Tx, sectionId: string, parentId: string): Promise<string> {
  const parent = await commentsStore.comment(tx, parentId);
  if (!parent || parent.sectionId !== sectionId) throw badInput("Kommentaren du svarar på finns inte i det här avsnittet", "parentId");
  return parent.parentId ?? parent.id;
}

function replyAnchors(input: AddCommentInput): [null, null] {
  if (input.anchor || input.anchorEnd) throw badInput("Ett svar har inget eget ankare", "anchor");
  return [null, null];
}

/** A thread is anchored to a range (start and end) or to the whole section (neither). */
function threadAnchors(input: AddCommentInput): [string | null, string | null] {
  if (!input.anchor && !input.anchorEnd) return [null, null];
  if (!input.anchor || !input.anchorEnd) throw badInput("Ett ankare behöver både start och slut", input.anchor ? "anchorEnd" : "anchor");
  return [normaliseAnchor(input.anchor, "anchor"), normaliseAnchor(input.anchorEnd, "anchorEnd")];
}
