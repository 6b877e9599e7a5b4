import { z } from 'zod';
import { akkoordStatusSchema } from '../../shared/akkoord/akkoord';
import { progressStatusSchema } from '../../shared/akkoord/progress';
import { SIGNED_VIA } from '../../shared/akkoord/signature';
import { DOCUMENT_KINDS } from '../../shared/editor/templates';
import { directionSchema, seriesSchema, sourceSchema, unitSchema } from '../../shared/monitoring/indicator';
import { initiativeStatusSchema } from '../../shared/network/initiative';
import { overlapStateSchema } from '../../shared/network/overlapMark';
import { relationKindSchema } from '../../shared/network/relation';
import { boardTemplateSchema } from '../../shared/schemas/board';
import { MEETING_STATUSES } from '../../shared/schemas/meeting';
import { roleSchema } from '../../shared/schemas/member';
import { sectionStatusSchema } from '../../shared/schemas/section';
import {
  countingRuleSchema,
  VOTE_STATUSES,
  VOTING_GROUPS,
  type VoteSettings,
  voteMethodSchema,
} from '../../shared/schemas/vote';
import { actieStatusSchema } from '../../shared/uitvoering/actie';
import type { NetworkWrite } from './NetworkStore';
import { STORAGE_METHODS, type Storage, type StorageMethod } from './Storage';

/**
 * Enumerated values are checked here, at the storage boundary, with the shared schemas (the same the
 * API and the client use), and nowhere else: the databases keep them as plain text, so a new role,
 * method or status is a change in shared/ and needs no migration (SPEC.md, "Enumerated values").
 */
const ENUMS = {
  role: roleSchema,
  documentKind: z.enum(DOCUMENT_KINDS),
  sectionStatus: sectionStatusSchema,
  voteStatus: z.enum(VOTE_STATUSES),
  voteMethod: voteMethodSchema,
  countingRule: countingRuleSchema,
  votingGroup: z.enum(VOTING_GROUPS),
  boardTemplate: boardTemplateSchema,
  meetingStatus: z.enum(MEETING_STATUSES),
  initiativeStatus: initiativeStatusSchema,
  relationKind: relationKindSchema,
  overlapState: overlapStateSchema,
  akkoordStatus: akkoordStatusSchema,
  progressStatus: progressStatusSchema,
  signedVia: z.enum(SIGNED_VIA),
  indicatorUnit: unitSchema,
  indicatorSource: sourceSchema,
  indicatorDirection: directionSchema,
  measurementSeries: seriesSchema,
  actieStatus: actieStatusSchema,
  /** Not an enum, but held the same way: a contact is stored only with consent ([STORE-NET3]). */
  contactConsent: z.literal(true),
} as const;
type EnumName = keyof typeof ENUMS;

/** A value outside its shared enum reached the store; nothing was stored. */
export class StorageValueError extends Error {
  constructor(
    readonly field: EnumName,
    readonly value: unknown,
  ) {
    super(`storage refuses ${field} ${JSON.stringify(value)}: not one of the shared values`);
    this.name = 'StorageValueError';
  }
}

function check(field: EnumName, value: unknown): void {
  if (!ENUMS[field].safeParse(value).success) throw new StorageValueError(field, value);
}
function checkIfGiven(field: EnumName, value: unknown): void {
  if (value !== undefined) check(field, value);
}
/** [STORE-NET3] Every record's enumerated values, and no contact without consent. */
function checkNetwork(write: NetworkWrite): void {
  for (const item of write.put) {
    if (item.entity === 'initiative') check('initiativeStatus', item.value.status);
    if (item.entity === 'relation') check('relationKind', item.value.kind);
    if (item.entity === 'overlap') check('overlapState', item.value.state);
    if (item.entity === 'party' && item.value.contact !== null)
      check('contactConsent', item.value.contact.consent);
  }
}
function checkSettings(settings: VoteSettings): void {
  check('voteMethod', settings.method);
  check('countingRule', settings.rule);
}

type ArgsCheck<F> = F extends (...args: infer A) => unknown ? (...args: A) => void : never;
type Checks = { [K in StorageMethod]?: ArgsCheck<Storage[K]> };

/** Per method: the enumerated values among its arguments. */
const CHECKS: Checks = {
  createInvite: (row) => check('role', row.role),
  joinAsGuest: (input) => check('role', input.claimedRole),
  updateMember: (_werkgroepId, _memberId, patch) => checkIfGiven('role', patch.role),
  confirmGuest: (_werkgroepId, _memberId, role) => check('role', role),
  createDocument: (doc, sections) => {
    check('documentKind', doc.kind);
    for (const s of sections) check('sectionStatus', s.status);
  },
  insertSection: (row) => check('sectionStatus', row.status),
  updateSection: (_id, patch) => checkIfGiven('sectionStatus', patch.status),
  createVersion: (row) => {
    for (const s of row.sections) check('sectionStatus', s.status);
  },
  createVote: (row) => {
    check('voteStatus', row.status);
    checkSettings(row.settings);
  },
  updateDraftVote: (_id, change) => checkSettings(change.settings),
  castBallot: (row) => check('votingGroup', row.group),
  createBoard: (row) => check('boardTemplate', row.template),
  createMeeting: (row) => check('meetingStatus', row.status),
  updateMeeting: (_id, patch) => checkIfGiven('meetingStatus', patch.status),
  writeNetwork: (_werkgroepId, write) => checkNetwork(write),
  // [STORE-AKK7] The wijkakkoord's statuses and how a signature was made.
  putAkkoord: (record) => check('akkoordStatus', record.status),
  freezeAkkoord: (record) => check('akkoordStatus', record.status),
  reopenAkkoord: (record) => check('akkoordStatus', record.status),
  addSignature: (_werkgroepId, signature) => check('signedVia', signature.via),
  addProgress: (_werkgroepId, entry) => check('progressStatus', entry.status),
  // [STORE-MON4] An indicator's unit, source and direction; a measurement's series.
  createIndicator: (_werkgroepId, indicator) => {
    check('indicatorUnit', indicator.unit);
    check('indicatorSource', indicator.source);
    check('indicatorDirection', indicator.direction);
  },
  updateIndicator: (_werkgroepId, indicator) => {
    check('indicatorUnit', indicator.unit);
    check('indicatorSource', indicator.source);
    check('indicatorDirection', indicator.direction);
  },
  addMeasurements: (_werkgroepId, measurements) => {
    for (const m of measurements) check('measurementSeries', m.series);
  },
  putActie: (_werkgroepId, actie) => check('actieStatus', actie.status),
};

/** `backend` with every enumerated value checked before it is called (a refusal rejects, storing nothing). */
export function checkedStorage(backend: Storage): Storage {
  const methods = STORAGE_METHODS.map((name) => {
    const method = backend[name] as (...args: unknown[]) => Promise<unknown>;
    const checkArgs = CHECKS[name] as ((...args: unknown[]) => void) | undefined;
    if (!checkArgs) return [name, method.bind(backend)];
    return [
      name,
      async (...args: unknown[]) => {
        checkArgs(...args);
        return method.apply(backend, args);
      },
    ];
  });
  return { ...Object.fromEntries(methods), kind: backend.kind } as Storage;
}
