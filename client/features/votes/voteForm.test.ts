import { describe, expect, it } from 'vitest';
import { VOTE_LIMITS, VOTE_METHODS } from '../../../shared/schemas/vote';
import { methodOf } from '../../../shared/voting/methods';
import type { VoteView } from '../../../shared/voting/voteView';
import { formProblems, initialVoteForm, rulesFor, voteBody, voteFormReducer } from './voteForm';

const filled = () => {
  let s = initialVoteForm();
  s = voteFormReducer(s, { type: 'set', field: 'question', value: 'Waar komt de moestuin?' });
  s = voteFormReducer(s, { type: 'option', index: 0, label: ' Plein ' });
  s = voteFormReducer(s, { type: 'option', index: 1, label: 'Park' });
  return s;
};

describe('the vote form state', () => {
  it('starts as a single-choice vote with two empty options, or from a draft', () => {
    const fresh = initialVoteForm();
    expect(fresh).toMatchObject({
      method: 'single',
      rule: 'gelijk_gewicht',
      options: ['', ''],
      results: 'live',
    });
    const draft = {
      question: 'Vraag',
      explanation: '',
      method: 'dots',
      rule: 'meerderheid',
      options: [{ id: 'o1', label: 'A' }],
      maxChoices: null,
      dots: 5,
      partnersAdvise: true,
      quorum: { bewoners: 2, ambtenaren: 1 },
      secret: false,
      results: 'after_close',
    } as Partial<VoteView> as VoteView;
    expect(initialVoteForm(draft)).toMatchObject({ method: 'dots', dots: 5, maxChoices: 2, options: ['A'] });
  });

  it('switching to consent takes its rule; switching back takes the default, keeping a rule that fits', () => {
    let s = voteFormReducer(filled(), { type: 'set', field: 'rule', value: 'meerderheid' });
    s = voteFormReducer(s, { type: 'method', method: 'score' });
    expect(s.rule).toBe('meerderheid');
    s = voteFormReducer(s, { type: 'method', method: 'consent' });
    expect(s.rule).toBe('consent');
    s = voteFormReducer(s, { type: 'method', method: 'multiple' });
    expect(s.rule).toBe('gelijk_gewicht');
    for (const m of VOTE_METHODS) expect(rulesFor(m)).toEqual([...methodOf(m).rules].sort(byCatalogue));
  });

  it('keeps between the least and the most options', () => {
    let s = filled();
    s = voteFormReducer(s, { type: 'removeOption', index: 0 });
    expect(s.options).toHaveLength(VOTE_LIMITS.optionsMin);
    for (let i = 0; i < VOTE_LIMITS.optionsMax + 3; i++) s = voteFormReducer(s, { type: 'addOption' });
    expect(s.options).toHaveLength(VOTE_LIMITS.optionsMax);
    s = voteFormReducer(s, { type: 'removeOption', index: 0 });
    expect(s.options[0]).toBe('Park');
  });

  it('sends only what the method takes, trimmed; a secret vote shows results after closing', () => {
    const single = voteBody(filled());
    expect(single).toMatchObject({ options: ['Plein', 'Park'], maxChoices: null, dots: null });
    expect(formProblems(single)).toEqual([]);
    const multiple = voteBody(voteFormReducer(filled(), { type: 'method', method: 'multiple' }));
    expect(multiple.maxChoices).toBe(2);
    const consent = voteBody(voteFormReducer(filled(), { type: 'method', method: 'consent' }));
    expect(consent).toMatchObject({ options: [], rule: 'consent' });
    expect(formProblems(consent)).toEqual([]);
    const secret = voteBody(voteFormReducer(filled(), { type: 'set', field: 'secret', value: true }));
    expect(secret.results).toBe('after_close');
  });

  it('names the fields the server would refuse', () => {
    expect(formProblems(voteBody(initialVoteForm()))).toEqual(['question']);
    const noOptions = voteFormReducer(initialVoteForm(), { type: 'set', field: 'question', value: 'Vraag' });
    expect(formProblems(voteBody(noOptions))).toEqual(['options']);
  });
});

const CATALOGUE = ['meerderheid', 'gelijk_gewicht', 'dubbele_meerderheid', 'consent'];
function byCatalogue(a: string, b: string) {
  return CATALOGUE.indexOf(a) - CATALOGUE.indexOf(b);
}
