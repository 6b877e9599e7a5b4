import { describe, expect, it } from 'vitest';
import { createCommentSchema, DUE_IN_PAST, openQuestions, type Thread, todayInNetherlands } from './comment';

const thread = (id: string, questionDue: string | null, resolved = false): Thread => ({
  id,
  documentId: 'd1',
  sectionId: 's1',
  anchor: null,
  questionDue,
  resolved,
  comments: [],
});

describe('open questions to the municipality', () => {
  it('counts unresolved questions and those past their date', () => {
    const threads = [
      thread('a', '2026-11-01'),
      thread('b', '2026-12-24'),
      thread('c', '2026-10-01', true),
      thread('d', null),
    ];
    const { open, overdue } = openQuestions(threads, '2026-11-27');
    expect(open.map((t) => t.id)).toEqual(['a', 'b']);
    expect(overdue.map((t) => t.id)).toEqual(['a']);
  });
});

describe('an "answer by" date', () => {
  const dayOffset = (days: number) => {
    const d = new Date(`${todayInNetherlands()}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const comment = (questionDue: string) =>
    createCommentSchema.safeParse({ sectionId: 's1s1s1s1s1s1s1s1', body: 'x', questionDue });

  it('today and later are accepted', () => {
    expect(comment(dayOffset(0)).success).toBe(true);
    expect(comment(dayOffset(30)).success).toBe(true);
  });

  it('a day gone by is refused with a stable code on the field', () => {
    const result = comment(dayOffset(-1));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['questionDue'], message: DUE_IN_PAST }),
    ]);
  });

  it('today is the day in the Netherlands, also when UTC still says yesterday', () => {
    expect(todayInNetherlands(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(todayInNetherlands(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInNetherlands(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
