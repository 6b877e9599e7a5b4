import {
  COUNTING_RULES,
  type CountingRule,
  type CreateVote,
  createVoteSchema,
  type Quorum,
  VOTE_LIMITS,
  type VoteMethod,
} from '../../../shared/schemas/vote';
import { methodOf } from '../../../shared/voting/methods';
import type { VoteView } from '../../../shared/voting/voteView';

/**
 * What the vote form holds while the facilitator fills it in (a new vote, or a draft being changed),
 * as one state with one reducer: the form components only dispatch, and what is sent is computed
 * from the state (voteBody), so switching methods back and forth loses nothing typed.
 */
export interface VoteFormState {
  question: string;
  explanation: string;
  method: VoteMethod;
  rule: CountingRule;
  /** The option fields as typed (empty ones are dropped when sending). */
  options: string[];
  maxChoices: number;
  dots: number;
  partnersAdvise: boolean;
  quorum: Quorum;
  secret: boolean;
  results: 'live' | 'after_close';
}

/** The rule a method starts with when the current one does not go with it. */
const DEFAULT_RULE: CountingRule = 'gelijk_gewicht';

export function initialVoteForm(draft?: VoteView): VoteFormState {
  return {
    question: draft?.question ?? '',
    explanation: draft?.explanation ?? '',
    method: draft?.method ?? 'single',
    rule: draft?.rule ?? DEFAULT_RULE,
    options: draft && draft.options.length > 0 ? draft.options.map((o) => o.label) : ['', ''],
    maxChoices: draft?.maxChoices ?? 2,
    dots: draft?.dots ?? 3,
    partnersAdvise: draft?.partnersAdvise ?? false,
    quorum: draft?.quorum ?? { bewoners: 0, ambtenaren: 0 },
    secret: draft?.secret ?? false,
    results: draft?.results ?? 'live',
  };
}

type Field = Exclude<keyof VoteFormState, 'method' | 'options'>;
export type VoteFormAction =
  | { [F in Field]: { type: 'set'; field: F; value: VoteFormState[F] } }[Field]
  | { type: 'method'; method: VoteMethod }
  | { type: 'option'; index: number; label: string }
  | { type: 'addOption' }
  | { type: 'removeOption'; index: number };

/** The counting rules that go with a method, in the catalogue's order. */
export const rulesFor = (method: VoteMethod): CountingRule[] =>
  COUNTING_RULES.filter((r) => methodOf(method).rules.includes(r));

export function voteFormReducer(state: VoteFormState, action: VoteFormAction): VoteFormState {
  switch (action.type) {
    case 'set':
      return { ...state, [action.field]: action.value };
    case 'method': {
      // A rule that does not go with the new method gives way (consent has only its own rule).
      const rules = rulesFor(action.method);
      const rule = rules.includes(state.rule)
        ? state.rule
        : rules.includes(DEFAULT_RULE)
          ? DEFAULT_RULE
          : (rules[0] ?? DEFAULT_RULE);
      return { ...state, method: action.method, rule };
    }
    case 'option':
      return { ...state, options: state.options.map((o, i) => (i === action.index ? action.label : o)) };
    case 'addOption':
      return state.options.length < VOTE_LIMITS.optionsMax
        ? { ...state, options: [...state.options, ''] }
        : state;
    case 'removeOption':
      return state.options.length > VOTE_LIMITS.optionsMin
        ? { ...state, options: state.options.filter((_, i) => i !== action.index) }
        : state;
  }
}

/** What the form sends: only the settings the method takes; a secret vote shows its result after closing. */
export function voteBody(s: VoteFormState) {
  const method = methodOf(s.method);
  return {
    question: s.question,
    explanation: s.explanation,
    options: method.options ? s.options.map((o) => o.trim()).filter(Boolean) : [],
    method: s.method,
    rule: s.rule,
    maxChoices: method.maxChoices ? s.maxChoices : null,
    dots: method.dots ? s.dots : null,
    partnersAdvise: s.partnersAdvise,
    quorum: s.quorum,
    secret: s.secret,
    results: s.secret ? ('after_close' as const) : s.results,
  } satisfies CreateVote;
}

/** The fields the server would refuse (as createVoteSchema says); empty when it may be sent. */
export function formProblems(body: CreateVote): string[] {
  const parsed = createVoteSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0] ?? 'question'));
}
