import type { VoteSettings } from '../../../shared/schemas/vote';
import type { Tally } from '../../../shared/voting/result';
import type { BoardRow } from '../BoardStore';
import type { MeetingRow } from '../MeetingStore';
import type { Storage } from '../Storage';
import type { BallotRow, NewBallot, VoteRow } from '../VoteStore';
import type { InviteRow, WerkgroepRow } from '../WorkspaceStore';

/** Rows the contract rules build on; `over` changes what a rule is about. */
export const now = 1_800_000_000_000;

export const werkgroep = (over: Partial<WerkgroepRow> = {}): WerkgroepRow => ({
  id: 'w1',
  name: 'Werkgroep Overvecht',
  wijk: 'Overvecht',
  gemeente: 'Utrecht',
  createdAt: now,
  ...over,
});

/** A fresh store with werkgroep w1 (the seed most groups need). */
export const seedWerkgroep = async (storage: Storage): Promise<void> => {
  await storage.createWerkgroep(werkgroep());
};

/** w1 with people p1, p2 and p3 who may join it. */
export const seedPeople = async (storage: Storage): Promise<void> => {
  await seedWerkgroep(storage);
  for (const p of ['p1', 'p2', 'p3']) await storage.createPerson(p, false, now);
};

export const invite = (over: Partial<InviteRow> = {}): InviteRow => ({
  id: 'i1',
  werkgroepId: 'w1',
  role: 'bewoner',
  codeHash: 'hash-1',
  expiresAt: now + 1000,
  maxUses: 2,
  uses: 0,
  revokedAt: null,
  createdAt: now,
  ...over,
});

export const memberInput = (id: string) => ({
  id,
  displayName: `Naam ${id}`,
  organisation: null,
  namedInExport: false,
});

/** Person `personId` joins w1 through invite hash-1 as member `memberId`. */
export const accept = (storage: Storage, personId: string, memberId: string, at = now) =>
  storage.acceptInvite({ codeHash: 'hash-1', now: at, personId, member: memberInput(memberId) });

export const settings: VoteSettings = {
  method: 'single',
  rule: 'gelijk_gewicht',
  maxChoices: null,
  dots: null,
  partnersAdvise: false,
  quorum: { bewoners: 0, ambtenaren: 0 },
  secret: false,
  results: 'live',
};

export const vote = (over: Partial<VoteRow> = {}): VoteRow => ({
  id: 'v1',
  werkgroepId: 'w1',
  boardId: null,
  question: 'Waar komt de moestuin?',
  explanation: '',
  options: [
    { id: 'o1', label: 'Bij de school' },
    { id: 'o2', label: 'In het park' },
  ],
  settings,
  status: 'draft',
  createdBy: 'f1',
  createdAt: now,
  openedAt: null,
  closedAt: null,
  ...over,
});

export const ballot = (
  memberId: string,
  optionId = 'o1',
  over: Partial<Omit<NewBallot, 'memberId'>> = {},
): NewBallot => ({
  voteId: 'v1',
  memberId,
  group: 'bewoners',
  ballot: { kind: 'single', optionId },
  proxy: false,
  enteredBy: null,
  note: '',
  castAt: now + 10,
  ...over,
});

const noVotes = { voters: 0, abstained: 0, proxies: 0, options: {}, consent: null };
export const emptyTally: Tally = {
  method: 'single',
  rule: 'gelijk_gewicht',
  groups: { bewoners: noVotes, ambtenaren: noVotes, partners: null },
  status: 'no_votes',
  ranking: [],
  winners: [],
  tie: false,
  passed: false,
};

/** A `decide` for closeVote that records how many ballots it was given. */
export const decide = (v: VoteRow, ballots: BallotRow[]) => ({
  id: `d-${v.id}`,
  werkgroepId: v.werkgroepId,
  voteId: v.id,
  question: v.question,
  text: `${ballots.length} stemmen`,
  method: v.settings.method,
  rule: v.settings.rule,
  secret: v.settings.secret,
  options: v.options,
  tally: emptyTally,
  decidedAt: now + 100,
});

export const board = (over: Partial<BoardRow> = {}): BoardRow => ({
  id: 'b1',
  werkgroepId: 'w1',
  title: 'Ideeën voor het plein',
  template: 'goed_beter_ideeen',
  locked: false,
  lockedFrames: [],
  silent: false,
  timer: { endsAt: null, pausedSeconds: null },
  dotRound: null,
  createdBy: 'm1',
  createdAt: now,
  ...over,
});

export const meeting = (over: Partial<MeetingRow> = {}): MeetingRow => ({
  id: 'mt1',
  werkgroepId: 'w1',
  title: 'Bijeenkomst over het plein',
  date: '2027-03-14',
  startTime: '19:30',
  place: 'Buurthuis De Boog',
  agenda: [
    { id: 'a1', title: 'Welkom', minutes: 5, link: null },
    { id: 'a2', title: 'Stemmen over de moestuin', minutes: 20, link: { kind: 'vote', voteId: 'v1' } },
  ],
  status: 'planned',
  currentItemId: null,
  timer: { endsAt: null, remainingSeconds: 300 },
  followMe: false,
  notetakerMemberId: null,
  joinCodeHash: null,
  joinCodeIssuedAt: null,
  notes: {},
  startedAt: null,
  endedAt: null,
  createdAt: now,
  ...over,
});
