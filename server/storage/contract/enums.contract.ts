import { expect } from 'vitest';
import { DOCUMENT_KINDS } from '../../../shared/editor/templates';
import { BOARD_TEMPLATES } from '../../../shared/schemas/board';
import { MEETING_STATUSES } from '../../../shared/schemas/meeting';
import { ROLES } from '../../../shared/schemas/member';
import { SECTION_STATUSES } from '../../../shared/schemas/section';
import { COUNTING_RULES, VOTE_METHODS, VOTE_STATUSES, VOTING_GROUPS } from '../../../shared/schemas/vote';
import { StorageValueError } from '../values';
import {
  accept,
  ballot,
  board,
  invite,
  meeting,
  memberInput,
  now,
  seedPeople,
  settings,
  vote,
} from './fixtures';
import { type ContractRegistry, type ContractScope, describeStore, type StorageFactory } from './harness';

/** A value the shared enums do not have, typed as if it were one (what a bug or a stale client sends). */
const stray = <T>(): T => 'buurtcoach' as unknown as T;
const refused = (p: Promise<unknown>) => expect(p).rejects.toThrow(StorageValueError);
const section = {
  id: 's1',
  documentId: 'd1',
  title: 'Sectie',
  prompt: '',
  status: 'concept' as const,
  createdAt: now,
};
const doc = { id: 'd1', werkgroepId: 'w1', title: 'Doc', kind: 'blank' as const, createdAt: now };

/** STORE-ENUM1–4: a value outside its shared enum is refused, and nothing is stored. */
function refusalRules(c: ContractScope): void {
  c.rule(
    'STORE-ENUM1',
    ['createInvite', 'joinAsGuest', 'updateMember', 'confirmGuest'],
    'a role outside the shared roles is refused wherever a role is stored',
    async () => {
      const s = c.storage;
      await refused(s.createInvite(invite({ role: stray() })));
      expect(await s.listInvites('w1')).toEqual([]);
      const guest = { werkgroepId: 'w1', now, personId: 'p2', maxWaiting: 5, member: memberInput('m2') };
      await refused(s.joinAsGuest({ ...guest, claimedRole: stray() }));
      expect(await s.listMembers('w1')).toEqual([]);
      await s.createInvite(invite());
      await accept(s, 'p1', 'm1');
      await s.joinAsGuest({ ...guest, claimedRole: 'partner' });
      await refused(s.updateMember('w1', 'm1', { role: stray(), displayName: 'Anders' }));
      await refused(s.confirmGuest('w1', 'm2', stray()));
      expect(await s.getMember('w1', 'm1')).toMatchObject({ role: 'bewoner', displayName: 'Naam m1' });
      expect(await s.getMember('w1', 'm2')).toMatchObject({ role: 'guest', claimedRole: 'partner' });
    },
  );

  c.rule(
    'STORE-ENUM2',
    ['createDocument', 'insertSection', 'updateSection', 'createVersion'],
    'a document kind or section status outside the shared lists is refused',
    async () => {
      const s = c.storage;
      await refused(s.createDocument({ ...doc, kind: stray() }, []));
      await refused(s.createDocument(doc, [{ ...section, position: 0, status: stray() }]));
      expect(await s.listDocuments('w1')).toEqual([]);
      await s.createDocument(doc, []);
      await refused(s.insertSection({ ...section, status: stray() }, null));
      await s.insertSection(section, null);
      await refused(s.updateSection('s1', { status: stray(), title: 'Anders' }));
      expect(await s.listSections('d1')).toEqual([{ ...section, position: 0 }]);
      const state = { id: 's1', title: 'Sectie', status: stray<'concept'>(), position: 0, state: '' };
      await refused(
        s.createVersion({
          id: 'x1',
          documentId: 'd1',
          name: 'V',
          createdBy: 'F',
          createdAt: now,
          sections: [state],
        }),
      );
      expect(await s.listVersions('d1')).toEqual([]);
    },
  );

  c.rule(
    'STORE-ENUM3',
    ['createVote', 'updateDraftVote', 'castBallot'],
    'a vote status, method, counting rule or voting group outside the shared lists is refused',
    async () => {
      const s = c.storage;
      await refused(s.createVote(vote({ status: stray() })));
      await refused(s.createVote(vote({ settings: { ...settings, method: stray() } })));
      await refused(s.createVote(vote({ settings: { ...settings, rule: stray() } })));
      expect(await s.listVotes('w1')).toEqual([]);
      await s.createVote(vote());
      const change = { question: 'Anders', explanation: '', options: vote().options };
      await refused(s.updateDraftVote('v1', { ...change, settings: { ...settings, method: stray() } }));
      expect(await s.getVote('v1')).toEqual(vote());
      await s.openVote('v1', now + 1, 'f1');
      await refused(s.castBallot(ballot('m1', 'o1', { group: stray() }), 'm1'));
      expect(await s.listBallots('v1')).toEqual([]);
    },
  );

  c.rule(
    'STORE-ENUM4',
    ['createBoard', 'createMeeting', 'updateMeeting'],
    'a board template or meeting status outside the shared lists is refused',
    async () => {
      const s = c.storage;
      await refused(s.createBoard(board({ template: stray() })));
      expect(await s.listBoards('w1')).toEqual([]);
      await refused(s.createMeeting(meeting({ status: stray() })));
      expect(await s.listMeetings('w1')).toEqual([]);
      await s.createMeeting(meeting());
      await refused(s.updateMeeting('mt1', { status: stray(), title: 'Anders' }));
      expect(await s.getMeeting('mt1')).toEqual(meeting());
    },
  );
}

/** STORE-ENUM5: the store keeps no list of its own, so every shared value is stored and read back. */
function acceptanceRules(c: ContractScope): void {
  c.rule(
    'STORE-ENUM5',
    ['createInvite', 'createDocument', 'createVote', 'castBallot', 'createBoard', 'createMeeting'],
    'every value of each shared enum is stored and read back',
    async () => {
      const s = c.storage;
      for (const [i, role] of ROLES.entries())
        await s.createInvite(invite({ id: `i${i}`, codeHash: `h${i}`, role, createdAt: now - i }));
      expect((await s.listInvites('w1')).map((x) => x.role)).toEqual([...ROLES]);
      for (const [i, kind] of DOCUMENT_KINDS.entries()) {
        const sections = SECTION_STATUSES.map((status, p) => ({
          ...section,
          id: `s${i}-${p}`,
          documentId: `d${i}`,
          status,
          position: p,
        }));
        await s.createDocument({ ...doc, id: `d${i}`, kind, createdAt: now + i }, sections);
        expect((await s.listSections(`d${i}`)).map((x) => x.status)).toEqual([...SECTION_STATUSES]);
      }
      expect((await s.listDocuments('w1')).map((d) => d.kind)).toEqual([...DOCUMENT_KINDS]);
      const votes = VOTE_STATUSES.map((status, i) => vote({ id: `v${i}`, status, createdAt: now - i }));
      for (const v of votes) await s.createVote(v);
      for (const [i, method] of VOTE_METHODS.entries())
        await s.createVote(vote({ id: `m${i}`, settings: { ...settings, method }, createdAt: now - 10 - i }));
      for (const [i, rule] of COUNTING_RULES.entries())
        await s.createVote(vote({ id: `r${i}`, settings: { ...settings, rule }, createdAt: now - 20 - i }));
      const listed = await s.listVotes('w1');
      expect(listed.slice(0, 3)).toEqual(votes);
      expect(listed.map((v) => v.settings.method)).toEqual(expect.arrayContaining([...VOTE_METHODS]));
      expect(listed.map((v) => v.settings.rule)).toEqual(expect.arrayContaining([...COUNTING_RULES]));
      for (const group of VOTING_GROUPS)
        await s.castBallot(ballot(`m-${group}`, 'o1', { voteId: 'v1', group }), 'f1');
      expect((await s.listBallots('v1')).map((b) => b.group)).toEqual([...VOTING_GROUPS]);
      for (const [i, template] of BOARD_TEMPLATES.entries())
        await s.createBoard(board({ id: `b${i}`, template, createdAt: now + i }));
      expect((await s.listBoards('w1')).map((b) => b.template)).toEqual([...BOARD_TEMPLATES]);
      for (const [i, status] of MEETING_STATUSES.entries())
        await s.createMeeting(meeting({ id: `mt${i}`, status, createdAt: now + i }));
      expect((await s.listMeetings('w1')).map((m) => m.status)).toEqual([...MEETING_STATUSES]);
    },
  );
}

export function runEnumContract(backend: string, factory: StorageFactory, registry: ContractRegistry): void {
  describeStore(backend, factory, registry, {
    title: 'enumerated values refused',
    seed: seedPeople,
    rules: refusalRules,
  });
  describeStore(backend, factory, registry, {
    title: 'enumerated values kept',
    seed: seedPeople,
    rules: acceptanceRules,
  });
}
