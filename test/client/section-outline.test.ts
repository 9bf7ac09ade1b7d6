import { describe, expect, it } from 'vitest';
import {
  disputedSectionIds,
  markKinds,
  openCommentCounts,
  sectionMarks,
  type OutlineSection,
} from '../../client/features/agreements/workspace/sectionStatus.js';

const section = (id: string, fields: Partial<OutlineSection> = {}): OutlineSection => ({
  id,
  key: id,
  title: `Avsnitt ${id}`,
  required: false,
  text: 'Något står här.',
  ...fields,
});

describe("the outline's state of a section", () => {
  const comments = openCommentCounts([
    { id: 'a', comments: [{ resolved: false }, { resolved: true }, { resolved: false }] },
    { id: 'b', comments: [{ resolved: true }] },
  ]);
  const disputed = disputedSectionIds([
    { status: 'OPEN', section: { id: 'a' } },
    { status: 'ESCALATED', section: null }, // the balance: no section
    { status: 'DECIDED', section: { id: 'b' } },
    { status: 'WITHDRAWN', section: { id: 'c' } },
    { status: 'REFERRED', section: { id: 'd' } },
  ]);

  it('counts only unresolved threads and only disputes still standing', () => {
    expect(comments.get('a')).toBe(2);
    expect(comments.get('b')).toBe(0);
    expect([...disputed].sort()).toEqual(['a', 'd']);
  });

  it('names every state that applies, in reading order', () => {
    const marks = sectionMarks(section('a', { required: true, text: '  ' }), { openComments: comments, disputed });
    expect(marks).toEqual({ required: true, empty: true, openComments: 2, disputed: true, agreed: false, markedByOne: false });
    expect(markKinds(marks)).toEqual(['disputed', 'commented', 'empty', 'required']);
  });

  it('shows nothing for a filled-in optional section without comments or disputes', () => {
    expect(markKinds(sectionMarks(section('b'), { openComments: comments, disputed }))).toEqual([]);
  });

  it("follows the open editor's emptiness before the server's text", () => {
    const liveEmpty = new Map([['b', true]]);
    expect(sectionMarks(section('b'), { openComments: comments, disputed, liveEmpty }).empty).toBe(true);
    expect(sectionMarks(section('c', { text: '' }), { openComments: comments, disputed, liveEmpty: new Map([['c', false]]) }).empty).toBe(
      false,
    );
  });

  it('shows "agreed" only once sections carry a status, and then only for AGREED', () => {
    expect(sectionMarks(section('e'), { openComments: comments, disputed }).agreed).toBe(false);
    expect(sectionMarks(section('e', { status: 'OPEN' }), { openComments: comments, disputed }).agreed).toBe(false);
    expect(markKinds(sectionMarks(section('e', { status: 'AGREED' }), { openComments: comments, disputed }))).toEqual(['agreed']);
  });

  it('shows a section one party has agreed on, until both have', () => {
    const one = section('f', { status: 'OPEN', agreedBy: [{ party: 'PURCHASER' }] });
    expect(markKinds(sectionMarks(one, { openComments: comments, disputed }))).toEqual(['markedByOne']);
    const both = section('f', { status: 'AGREED', agreedBy: [{ party: 'PURCHASER' }, { party: 'PROVIDER' }] });
    expect(markKinds(sectionMarks(both, { openComments: comments, disputed }))).toEqual(['agreed']);
  });
});
