import type { ExportLang } from '../../shared/schemas/export';
import type { Role, RoleGroup } from '../../shared/schemas/member';
import type { SectionStatus } from '../../shared/schemas/section';
import type { CountingRule, VoteMethod } from '../../shared/schemas/vote';

/** Every word an export writes itself (the rest is the werkgroep's own text), in plain Dutch (B1) and English. */
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

const nl: ExportLabels = {
  werkgroep: 'Werkgroep',
  wijk: 'Wijk',
  gemeente: 'Gemeente',
  status: 'Status',
  version: 'Versie',
  currentText: 'Huidige tekst',
  date: 'Datum',
  contents: 'Inhoud',
  page: (n, of) => `Pagina ${n} van ${of}`,
  sectionStatus: { concept: 'Concept', in_bespreking: 'In bespreking', vastgesteld: 'Vastgesteld' },
  documentStatus: (settled, total) =>
    settled === total && total > 0 ? 'Vastgesteld' : `Concept: ${settled} van ${total} delen vastgesteld`,
  emptySection: 'Dit deel is nog leeg.',
  comments: 'Opmerkingen',
  commentOn: (quote) => `Bij de tekst: “${quote}”`,
  resolved: 'afgehandeld',
  appendix: 'Bijlage',
  composition: 'Samenstelling van de werkgroep',
  compositionCaption: 'Aantal leden per groep',
  compositionIntro: (total) => `De werkgroep heeft ${total} ${total === 1 ? 'lid' : 'leden'}.`,
  group: 'Groep',
  count: 'Aantal',
  groups: {
    bewoners: 'Bewoners',
    ambtenaren: 'Ambtenaren',
    partners: 'Partners',
    facilitators: 'Procesbegeleiders',
    observers: 'Waarnemers',
  },
  role: {
    bewoner: 'bewoner',
    ambtenaar: 'ambtenaar',
    partner: 'partner',
    facilitator: 'procesbegeleider',
    observer: 'waarnemer',
  },
  namedMembers: 'Leden die met naam genoemd willen worden',
  unnamed: (n) =>
    n === 1
      ? '1 lid staat niet met naam in dit document.'
      : `${n} leden staan niet met naam in dit document.`,
  noNamedMembers: 'Geen enkel lid wil met naam genoemd worden.',
  aRole: {
    bewoner: 'Een bewoner',
    ambtenaar: 'Een ambtenaar',
    partner: 'Een partner',
    facilitator: 'De procesbegeleider',
    observer: 'Een waarnemer',
  },
  decisions: 'Besluiten',
  noDecisions: 'Er zijn nog geen besluiten genomen.',
  decision: (n, q) => `Besluit ${n}: ${q}`,
  decisionFacts: (rule, method, date) =>
    `Genomen op ${date}. Manier van stemmen: ${method}. Manier van tellen: ${rule}.`,
  rule: {
    meerderheid: 'gewone meerderheid',
    gelijk_gewicht: 'gelijk gewicht (bewoners en ambtenaren elk de helft)',
    dubbele_meerderheid: 'dubbele meerderheid (bewoners én ambtenaren)',
    consent: 'instemmen of bezwaar (aangenomen als niemand bezwaar heeft)',
  },
  method: {
    consent: 'instemmen of bezwaar',
    single: 'één keuze',
    multiple: 'meer keuzes',
    score: 'cijfer van 0 tot 5',
    dots: 'stippen verdelen',
  },
  option: 'Keuze',
  turnout: 'Aantal stemmers',
  advisory: 'Partners (advies, telt niet mee)',
  consent: {
    instemmen: 'Instemmen',
    onthouden: 'Blanco',
    bezwaar: 'Bezwaar',
    objections: 'Redenen van bezwaar',
  },
  outcome: {
    noVotes: 'Er is niet gestemd.',
    quorum: 'Er stemden te weinig mensen om te besluiten.',
    groupWithout: 'Een van de twee groepen heeft niet gestemd, dus er is geen uitslag.',
    consentPassed: 'Aangenomen: niemand had bezwaar.',
    consentBlocked: 'Niet aangenomen: er was bezwaar.',
    chosen: (o) => `Gekozen: ${o}.`,
    tie: (o) => `Gelijke stand tussen ${o}.`,
    noMajority: 'Geen keuze kreeg een meerderheid.',
    noDoubleMajority: 'Geen keuze kreeg een meerderheid bij zowel bewoners als ambtenaren.',
  },
  resultsCaption: (rule) => `Uitslag per groep (${rule})`,
  boards: 'Inhoud van de borden',
  frameless: 'Losse notities',
  emptyBoard: 'Dit bord is leeg.',
  questions: 'Open vragen aan de gemeente',
  noQuestions: 'Er zijn geen open vragen aan de gemeente.',
  questionFacts: (section, due, overdue) =>
    `Bij: ${section}. Antwoord gevraagd vóór ${due}${overdue ? ' (te laat)' : ''}.`,
  answers: 'Reacties',
  generated: (date) => `Gemaakt met Wijkatelier op ${date}.`,
};

const en: ExportLabels = {
  ...nl,
  werkgroep: 'Working group',
  wijk: 'Neighbourhood',
  gemeente: 'Municipality',
  status: 'Status',
  version: 'Version',
  currentText: 'Current text',
  date: 'Date',
  contents: 'Contents',
  page: (n, of) => `Page ${n} of ${of}`,
  sectionStatus: { concept: 'Draft', in_bespreking: 'Under discussion', vastgesteld: 'Agreed' },
  documentStatus: (settled, total) =>
    settled === total && total > 0 ? 'Agreed' : `Draft: ${settled} of ${total} parts agreed`,
  emptySection: 'This part is still empty.',
  comments: 'Comments',
  commentOn: (quote) => `On the text: “${quote}”`,
  resolved: 'resolved',
  appendix: 'Appendix',
  composition: 'Members of the working group',
  compositionCaption: 'Members per group',
  compositionIntro: (total) => `The working group has ${total} ${total === 1 ? 'member' : 'members'}.`,
  group: 'Group',
  count: 'Number',
  groups: {
    bewoners: 'Residents',
    ambtenaren: 'Officials',
    partners: 'Partners',
    facilitators: 'Facilitators',
    observers: 'Observers',
  },
  role: {
    bewoner: 'resident',
    ambtenaar: 'official',
    partner: 'partner',
    facilitator: 'facilitator',
    observer: 'observer',
  },
  namedMembers: 'Members who agreed to be named',
  unnamed: (n) =>
    n === 1 ? '1 member is not named in this document.' : `${n} members are not named in this document.`,
  noNamedMembers: 'No member agreed to be named.',
  aRole: {
    bewoner: 'A resident',
    ambtenaar: 'An official',
    partner: 'A partner',
    facilitator: 'The facilitator',
    observer: 'An observer',
  },
  decisions: 'Decisions',
  noDecisions: 'No decisions have been taken yet.',
  decision: (n, q) => `Decision ${n}: ${q}`,
  decisionFacts: (rule, method, date) =>
    `Taken on ${date}. Voting method: ${method}. Counting rule: ${rule}.`,
  rule: {
    meerderheid: 'simple majority',
    gelijk_gewicht: 'equal weight (residents and officials half each)',
    dubbele_meerderheid: 'double majority (residents and officials)',
    consent: 'consent (adopted when nobody objects)',
  },
  method: {
    consent: 'consent',
    single: 'one choice',
    multiple: 'several choices',
    score: 'score 0 to 5',
    dots: 'dots',
  },
  option: 'Option',
  turnout: 'Voters',
  advisory: 'Partners (advice, not counted)',
  consent: {
    instemmen: 'Agree',
    onthouden: 'Stand aside',
    bezwaar: 'Object',
    objections: 'Reasons for objecting',
  },
  outcome: {
    noVotes: 'Nobody voted.',
    quorum: 'Too few people voted to decide.',
    groupWithout: 'One of the two groups did not vote, so there is no result.',
    consentPassed: 'Adopted: nobody objected.',
    consentBlocked: 'Not adopted: there was an objection.',
    chosen: (o) => `Chosen: ${o}.`,
    tie: (o) => `A tie between ${o}.`,
    noMajority: 'No option won a majority.',
    noDoubleMajority: 'No option won a majority among both residents and officials.',
  },
  resultsCaption: (rule) => `Result per group (${rule})`,
  boards: 'Board contents',
  frameless: 'Loose notes',
  emptyBoard: 'This board is empty.',
  questions: 'Open questions to the municipality',
  noQuestions: 'There are no open questions to the municipality.',
  questionFacts: (section, due, overdue) =>
    `On: ${section}. Answer asked by ${due}${overdue ? ' (overdue)' : ''}.`,
  answers: 'Replies',
  generated: (date) => `Made with Wijkatelier on ${date}.`,
};

export const exportLabels = (lang: ExportLang): ExportLabels => (lang === 'en' ? en : nl);

/** A date as people read it: "27 november 2026". */
export const longDate = (iso: string, lang: ExportLang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
