import { describe, expect, it } from 'vitest';
import { openQuestions, type Thread } from './comment';

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
