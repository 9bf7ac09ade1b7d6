/** What the outline needs of a section. `status` and `agreedBy`: the parties' agreement on its text (issue #14). */
export interface OutlineSection {
  id: string;
  key: string;
  title: string;
  required: boolean;
  text: string;
  status?: string | null;
  agreedBy?: ReadonlyArray<unknown> | null;
}

/** A section's state as the outline shows it, each part in words and with an icon. */
export interface SectionMarks {
  required: boolean;
  empty: boolean;
  /** Threads not yet resolved. */
  openComments: number;
  /** An open dispute concerns the section. */
  disputed: boolean;
  /** Both parties have agreed on the section's text (only once sections carry a status). */
  agreed: boolean;
  /** One party has agreed on the text as it stands; the other has not yet. */
  markedByOne: boolean;
}

export type MarkKind = 'required' | 'empty' | 'commented' | 'disputed' | 'agreed' | 'markedByOne';

/** Disputes that still stand: neither decided nor withdrawn. */
const CLOSED_DISPUTES = new Set(['DECIDED', 'WITHDRAWN']);

export function isOpenDispute(dispute: { status: string }): boolean {
  return !CLOSED_DISPUTES.has(dispute.status);
}

/** Section id → number of unresolved comment threads. */
export function openCommentCounts(sections: ReadonlyArray<{ id: string; comments: ReadonlyArray<{ resolved: boolean }> }>) {
  return new Map(sections.map((s) => [s.id, s.comments.filter((c) => !c.resolved).length]));
}

/** Ids of the sections an open dispute concerns. */
export function disputedSectionIds(disputes: ReadonlyArray<{ status: string; section: { id: string } | null }>): Set<string> {
  return new Set(disputes.filter(isOpenDispute).flatMap((d) => (d.section ? [d.section.id] : [])));
}

export interface MarkSources {
  openComments: ReadonlyMap<string, number>;
  disputed: ReadonlySet<string>;
  /** Emptiness as the open editor sees it right now (typing changes it before the server's text does). */
  liveEmpty?: ReadonlyMap<string, boolean>;
}

export function sectionMarks(section: OutlineSection, sources: MarkSources): SectionMarks {
  return {
    required: section.required,
    empty: sources.liveEmpty?.get(section.id) ?? section.text.trim() === '',
    openComments: sources.openComments.get(section.id) ?? 0,
    disputed: sources.disputed.has(section.id),
    agreed: section.status === 'AGREED',
    markedByOne: section.status !== 'AGREED' && (section.agreedBy?.length ?? 0) === 1,
  };
}

/** The marks to show, in reading order. */
export function markKinds(marks: SectionMarks): MarkKind[] {
  const kinds: MarkKind[] = [];
  if (marks.agreed) kinds.push('agreed');
  if (marks.markedByOne) kinds.push('markedByOne');
  if (marks.disputed) kinds.push('disputed');
  if (marks.openComments > 0) kinds.push('commented');
  if (marks.empty) kinds.push('empty');
  if (marks.required) kinds.push('required');
  return kinds;
}
