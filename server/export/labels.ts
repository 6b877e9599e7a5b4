import { type Language, longDate, type MessageKey, t } from '../../shared/i18n/translate';
import { ROLE_GROUPS, ROLES, type Role, type RoleGroup } from '../../shared/schemas/member';
import { SECTION_STATUSES, type SectionStatus } from '../../shared/schemas/section';
import { COUNTING_RULES, type CountingRule, VOTE_METHODS, type VoteMethod } from '../../shared/schemas/vote';

export { longDate };

/**
 * Every word an export writes itself (the rest is the werkgroep's own text). The words live in the
 * catalogues the UI uses (shared/i18n, `export.file.*`); this is their shape for the writers.
 */
export interface ExportLabels {
  werkgroep: string;
  wijk: string;
  gemeente: string;
  status: string;
  version: string;
  currentText: string;
  date: string;
  contents: string;
  page: (n: number, of: number) => string;
  sectionStatus: Record<SectionStatus, string>;
  documentStatus: (settled: number, total: number) => string;
  emptySection: string;
  comments: string;
  commentOn: (quote: string) => string;
  resolved: string;
  appendix: string;
  composition: string;
  compositionCaption: string;
  compositionIntro: (total: number) => string;
  group: string;
  count: string;
  groups: Record<RoleGroup, string>;
  role: Record<Role, string>;
  namedMembers: string;
  unnamed: (n: number) => string;
  noNamedMembers: string;
  aRole: Record<Role, string>;
  decisions: string;
  noDecisions: string;
  decision: (n: number, question: string) => string;
  decisionFacts: (rule: string, method: string, date: string) => string;
  rule: Record<CountingRule, string>;
  method: Record<VoteMethod, string>;
  option: string;
  turnout: string;
  advisory: string;
  consent: { instemmen: string; onthouden: string; bezwaar: string; objections: string };
  outcome: {
    noVotes: string;
    quorum: string;
    groupWithout: string;
    consentPassed: string;
    consentBlocked: string;
    chosen: (options: string) => string;
    tie: (options: string) => string;
    noMajority: string;
    noDoubleMajority: string;
  };
  resultsCaption: (rule: string) => string;
  boards: string;
  frameless: string;
  emptyBoard: string;
  questions: string;
  noQuestions: string;
  questionFacts: (section: string, due: string, overdue: boolean) => string;
  answers: string;
  generated: (date: string) => string;
}

type FileKey = MessageKey extends infer K ? (K extends `export.file.${infer R}` ? R : never) : never;

/** One word per value of an enum, e.g. every section status. */
function each<V extends string>(values: readonly V[], word: (value: V) => string): Record<V, string> {
  return Object.fromEntries(values.map((v) => [v, word(v)])) as Record<V, string>;
}

function build(lang: Language): ExportLabels {
  const w = (key: FileKey, params?: Record<string, string | number>) => t(lang, `export.file.${key}`, params);
  return {
    werkgroep: w('werkgroep'),
    wijk: w('wijk'),
    gemeente: w('gemeente'),
    status: w('status'),
    version: w('version'),
    currentText: w('currentText'),
    date: w('date'),
    contents: w('contents'),
    page: (n, of) => w('page', { n, of }),
    sectionStatus: each(SECTION_STATUSES, (s) => w(`sectionStatus.${s}`)),
    documentStatus: (settled, total) =>
      settled === total && total > 0 ? w('documentSettled') : w('documentDraft', { settled, total }),
    emptySection: w('emptySection'),
    comments: w('comments'),
    commentOn: (quote) => w('commentOn', { quote }),
    resolved: w('resolved'),
    appendix: w('appendix'),
    composition: w('composition'),
    compositionCaption: w('compositionCaption'),
    compositionIntro: (count) => w('compositionIntro', { count }),
    group: w('group'),
    count: w('count'),
    // The same group names as on the screens.
    groups: each(ROLE_GROUPS, (g) => t(lang, `groups.${g}`)),
    role: each(ROLES, (r) => w(`role.${r}`)),
    namedMembers: w('namedMembers'),
    unnamed: (count) => w('unnamed', { count }),
    noNamedMembers: w('noNamedMembers'),
    aRole: each(ROLES, (r) => w(`aRole.${r}`)),
    decisions: w('decisions'),
    noDecisions: w('noDecisions'),
    decision: (n, question) => w('decision', { n, question }),
    decisionFacts: (rule, method, date) => w('decisionFacts', { rule, method, date }),
    rule: each(COUNTING_RULES, (r) => w(`rule.${r}`)),
    method: each(VOTE_METHODS, (m) => w(`method.${m}`)),
    option: w('option'),
    turnout: w('turnout'),
    advisory: w('advisory'),
    consent: {
      instemmen: w('consent.instemmen'),
      onthouden: w('consent.onthouden'),
      bezwaar: w('consent.bezwaar'),
      objections: w('consent.objections'),
    },
    outcome: {
      noVotes: w('outcome.noVotes'),
      quorum: w('outcome.quorum'),
      groupWithout: w('outcome.groupWithout'),
      consentPassed: w('outcome.consentPassed'),
      consentBlocked: w('outcome.consentBlocked'),
      chosen: (options) => w('outcome.chosen', { options }),
      tie: (options) => w('outcome.tie', { options }),
      noMajority: w('outcome.noMajority'),
      noDoubleMajority: w('outcome.noDoubleMajority'),
    },
    resultsCaption: (rule) => w('resultsCaption', { rule }),
    boards: w('boards'),
    frameless: w('frameless'),
    emptyBoard: w('emptyBoard'),
    questions: w('questions'),
    noQuestions: w('noQuestions'),
    questionFacts: (section, due, overdue) =>
      w(overdue ? 'questionFactsOverdue' : 'questionFacts', { section, due }),
    answers: w('answers'),
    generated: (date) => w('generated', { date }),
  };
}

const built = new Map<Language, ExportLabels>();

export function exportLabels(lang: Language): ExportLabels {
  let labels = built.get(lang);
  if (!labels) {
    labels = build(lang);
    built.set(lang, labels);
  }
  return labels;
}
