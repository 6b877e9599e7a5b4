import { describe, expect, it } from 'vitest';
import type { AkkoordStatus } from '../../shared/akkoord/akkoord';
import { MEMBER_ROLES } from '../../shared/schemas/member';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { boardDraftRoomId, ROOM_KINDS, type RoomKind } from '../../shared/sync/rooms';
import type { BoardRow } from '../storage/BoardStore';
import type { MeetingRow } from '../storage/MeetingStore';
import type { DocumentRow, SectionRow, WerkgroepRow } from '../storage/WorkspaceStore';
import { mayWrite, ROOM_RULES, type RoomLookups, type RoomTarget, rulesFor } from './roomRules';

/** The rules each kind had before they were gathered in one table (DocRoom, authorize, roomRules). */
const BEFORE: Record<RoomKind, { serverWritten: boolean; recordsAuthors: boolean; boardRules: boolean }> = {
  doc: { serverWritten: true, recordsAuthors: false, boardRules: false },
  section: { serverWritten: false, recordsAuthors: true, boardRules: false },
  board: { serverWritten: false, recordsAuthors: false, boardRules: true },
  boardlock: { serverWritten: false, recordsAuthors: false, boardRules: true },
  boarddraft: { serverWritten: false, recordsAuthors: false, boardRules: true },
  werkgroep: { serverWritten: true, recordsAuthors: false, boardRules: false },
  session: { serverWritten: true, recordsAuthors: false, boardRules: false },
  // Issue 18: new, and written only by the server from the start.
  netwerk: { serverWritten: true, recordsAuthors: false, boardRules: false },
  // Issue 18: the akkoord's introduction is co-written like a section; its state is a mirror.
  akkoord: { serverWritten: false, recordsAuthors: true, boardRules: false },
  akkoordstand: { serverWritten: true, recordsAuthors: false, boardRules: false },
  monitoring: { serverWritten: true, recordsAuthors: false, boardRules: false },
};

// The targets read a few fields of a row; the rest of a row is not theirs to care about.
const row = <T>(fields: Partial<T>) => fields as T;
const W = 'wg00000000000001';
const BOARD = 'bd00000000000001';
const MEMBER = 'mb00000000000001';
const lookups = (
  over: {
    sectionStatus?: 'concept' | 'vastgesteld';
    boardLocked?: boolean;
    akkoordStatus?: AkkoordStatus;
  } = {},
): RoomLookups => ({
  getDocument: async (id) => (id === 'd1' ? row<DocumentRow>({ id, werkgroepId: W }) : null),
  getSection: async (id) =>
    id === 's1' ? row<SectionRow>({ id, documentId: 'd1', status: over.sectionStatus ?? 'concept' }) : null,
  getWerkgroep: async (id) => (id === W ? row<WerkgroepRow>({ id }) : null),
  getBoard: async (id) =>
    id === BOARD ? row<BoardRow>({ id, werkgroepId: W, locked: over.boardLocked ?? false }) : null,
  getMeeting: async (id) => (id === 'm1' ? row<MeetingRow>({ id, werkgroepId: W }) : null),
  getAkkoord: async (id) =>
    id === W && over.akkoordStatus
      ? {
          werkgroepId: W,
          title: 'Wijkakkoord',
          status: over.akkoordStatus,
          currentVersionId: null,
          signatories: [],
          updatedAt: 0,
        }
      : null,
});
const IDS: Record<RoomKind, string> = {
  doc: 'd1',
  section: 's1',
  board: BOARD,
  boardlock: BOARD,
  boarddraft: boardDraftRoomId(BOARD, MEMBER),
  werkgroep: W,
  session: 'm1',
  netwerk: W,
  akkoord: W,
  akkoordstand: W,
  monitoring: W,
};

describe('ROOM_RULES: one table of what differs per room kind', () => {
  it('has an entry for every room kind, with the rules each kind had before', () => {
    expect(Object.keys(ROOM_RULES).sort()).toEqual([...ROOM_KINDS].sort());
    for (const kind of ROOM_KINDS) {
      const rules = ROOM_RULES[kind];
      expect({
        serverWritten: rules.serverWritten,
        recordsAuthors: rules.recordsAuthors,
        boardRules: rules.update !== null,
      }).toEqual(BEFORE[kind]);
      // [SYNC13] every room collects deleted content; [SYNC8] one ceiling for all.
      expect(rules.gc).toBe(true);
      expect(rules.maxBytes).toBe(SYNC_LIMITS.maxRoomBytes);
    }
  });

  it('gives a malformed room name the strictest rules (server-written, no target)', async () => {
    const rules = rulesFor('nonsense');
    expect(rules.serverWritten).toBe(true);
    expect(await rules.target(lookups(), 'x')).toBeNull();
    expect(rulesFor(`board:${BOARD}`)).toBe(ROOM_RULES.board);
  });

  it('[SYNC6] finds every kind’s werkgroep, and nothing for a room whose resource is gone', async () => {
    for (const kind of ROOM_KINDS) {
      const target = await ROOM_RULES[kind].target(lookups(), IDS[kind]);
      expect(target?.werkgroepId, kind).toBe(W);
      expect(await ROOM_RULES[kind].target(lookups(), 'gone000000000000'), kind).toBeNull();
    }
  });

  it('[SYNC6] locks a vastgesteld section, a locked board and always the locked frames; a draft room has its owner', async () => {
    const t = (kind: RoomKind, over: Parameters<typeof lookups>[0] = {}) =>
      ROOM_RULES[kind].target(lookups(over), IDS[kind]);
    expect((await t('section'))?.locked).toBe(false);
    expect((await t('section', { sectionStatus: 'vastgesteld' }))?.locked).toBe(true);
    expect((await t('board'))?.locked).toBe(false);
    expect((await t('board', { boardLocked: true }))?.locked).toBe(true);
    expect((await t('boardlock'))?.locked).toBe(true);
    expect((await t('boarddraft'))?.owner).toBe(MEMBER);
    expect((await t('board'))?.owner).toBeNull();
  });

  it('[AKK2] locks the akkoord introduction room while the akkoord is frozen, for everyone', async () => {
    const t = (over: Parameters<typeof lookups>[0] = {}) => ROOM_RULES.akkoord.target(lookups(over), W);
    expect((await t())?.locked).toBe(false);
    expect((await t({ akkoordStatus: 'concept' }))?.locked).toBe(false);
    expect((await t({ akkoordStatus: 'ter_ondertekening' }))?.locked).toBe(true);
    expect((await t({ akkoordStatus: 'getekend' }))?.locked).toBe(true);
    const locked: RoomTarget = { werkgroepId: W, locked: true, owner: null };
    for (const role of MEMBER_ROLES) expect(mayWrite(ROOM_RULES.akkoord, locked, role), role).toBe(false);
  });

  it('[SYNC6] lets write only members with document.write, never in server-written rooms, and locked rooms only with the kind’s unlock right', () => {
    const open: RoomTarget = { werkgroepId: W, locked: false, owner: null };
    const locked: RoomTarget = { ...open, locked: true };
    for (const role of MEMBER_ROLES) {
      const writes = ['bewoner', 'ambtenaar', 'partner', 'facilitator'].includes(role);
      for (const kind of ROOM_KINDS) {
        const rules = ROOM_RULES[kind];
        expect(mayWrite(rules, open, role), `${role} ${kind}`).toBe(writes && !rules.serverWritten);
      }
      expect(mayWrite(ROOM_RULES.section, locked, role), role).toBe(role === 'facilitator');
      expect(mayWrite(ROOM_RULES.board, locked, role), role).toBe(role === 'facilitator');
      expect(mayWrite(ROOM_RULES.boardlock, locked, role), role).toBe(role === 'facilitator');
    }
  });
});
