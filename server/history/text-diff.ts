import { diffWordsWithSpace } from "diff";

export enum DiffKind {
  SAME = "SAME",
  ADDED = "ADDED",
  REMOVED = "REMOVED",
}

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Word-level difference of two plain texts, whitespace kept; neighbouring parts of one kind are merged. */
export function diffText(from: string, to: string): DiffPart[] {
  if (from === to) return from ? [{ kind: DiffKind.SAME, text: from }] : [];
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(from, to)) {
    const kind = change.added ? DiffKind.ADDED : change.removed ? DiffKind.REMOVED : DiffKind.SAME;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += change.value;
    else if (change.value) parts.push({ kind, text: change.value });
  }
  return parts;
}
