import type { DocumentKind } from '../../shared/editor/templates';
import type { Anchor } from '../../shared/schemas/comment';
import type { InviteStatus } from '../../shared/schemas/invite';
import type { MemberRole, Role } from '../../shared/schemas/member';
import type { SectionStatus } from '../../shared/schemas/section';
import { methodsOf } from './methods';

/** Rows as stored. Times are milliseconds since the epoch. Presenters turn them into API types. */
export interface WerkgroepRow {
  id: string;
  name: string;
  wijk: string;
  gemeente: string;
  createdAt: number;
}

export interface MemberRow {
  id: string;
  werkgroepId: string;
  personId: string;
  displayName: string;
  organisation: string | null;
  /** `guest` until the facilitator confirms someone who joined by code. */
  role: MemberRole;
  /** A guest's own say about their role; null once confirmed (and for everyone else). */
  claimedRole: Role | null;
  namedInExport: boolean;
  joinedAt: number;
}

export interface InviteRow {
  id: string;
  werkgroepId: string;
  role: Role;
  codeHash: string;
  expiresAt: number;
  maxUses: number;
  uses: number;
  revokedAt: number | null;
  createdAt: number;
}

export interface SessionRow {
  tokenHash: string;
  personId: string;
  isAdmin: boolean;
  createdAt: number;
  expiresAt: number;
}

export interface DocumentRow {
  id: string;
  werkgroepId: string;
  title: string;
  kind: DocumentKind;
  createdAt: number;
}

export interface SectionRow {
  id: string;
  documentId: string;
  title: string;
  prompt: string;
  status: SectionStatus;
  position: number;
  createdAt: number;
}

export interface CommentRow {
  id: string;
  threadId: string;
  authorMemberId: string;
  /** From the member record (kept when the member leaves). */
  authorName: string;
  authorRole: Role | null;
  body: string;
  createdAt: number;
}

export interface ThreadRow {
  id: string;
  documentId: string;
  sectionId: string;
  anchor: Anchor | null;
  questionDue: string | null;
  resolvedAt: number | null;
  createdAt: number;
  comments: CommentRow[];
}

export interface VersionRow {
  id: string;
  documentId: string;
  name: string;
  /** Display name of the member who saved it. */
  createdBy: string;
  createdAt: number;
  sections: { id: string; title: string; status: SectionStatus; position: number; state: string }[];
}

export type GuestResult = { ok: true; member: MemberRow; created: boolean } | { ok: false; status: 'full' };
/**
 * Settling a waiting guest: done, or they no longer wait (`confirmed`: the member as they are now),
 * or there is no such member (refused or left meanwhile).
 */
export type SettleGuestResult =
  | { status: 'done'; member: MemberRow }
  | { status: 'confirmed'; member: MemberRow }
  | { status: 'not_found' };

export type AcceptResult =
  | { ok: true; member: MemberRow; created: boolean }
  | { ok: false; status: Exclude<InviteStatus, 'valid'> | 'not_found' };

export function inviteStatus(invite: InviteRow, now: number): InviteStatus {
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt <= now) return 'expired';
  if (invite.uses >= invite.maxUses) return 'used_up';
  return 'valid';
}

/** Werkgroepen, people, sessions, members, invites and the documents a werkgroep owns. */
export interface WorkspaceStore {
  createWerkgroep(row: WerkgroepRow): Promise<void>;
  getWerkgroep(id: string): Promise<WerkgroepRow | null>;
  listWerkgroepen(): Promise<WerkgroepRow[]>;

  createPerson(id: string, isAdmin: boolean, now: number): Promise<void>;
  createSession(row: SessionRow): Promise<void>;
  /** A session that has not expired, or null. */
  getSession(tokenHash: string, now: number): Promise<SessionRow | null>;
  deleteSession(tokenHash: string): Promise<void>;

  createInvite(row: InviteRow): Promise<void>;
  getInviteByCodeHash(codeHash: string): Promise<InviteRow | null>;
  listInvites(werkgroepId: string): Promise<InviteRow[]>;
  /** Returns false when there is no such invite in that werkgroep. */
  revokeInvite(werkgroepId: string, inviteId: string, now: number): Promise<boolean>;
  /**
   * In one transaction: the invite must be valid; a person already in the werkgroep keeps their
   * membership (no use counted); otherwise one use is counted and the member is created.
   */
  acceptInvite(input: {
    codeHash: string;
    now: number;
    personId: string;
    member: Pick<MemberRow, 'id' | 'displayName' | 'organisation' | 'namedInExport'>;
  }): Promise<AcceptResult>;

  /**
   * In one transaction: a person already in the werkgroep keeps their membership (as it is);
   * otherwise a guest with `claimedRole` is added, unless `maxWaiting` guests already wait.
   */
  joinAsGuest(input: {
    werkgroepId: string;
    now: number;
    personId: string;
    claimedRole: Role;
    maxWaiting: number;
    member: Pick<MemberRow, 'id' | 'displayName' | 'organisation' | 'namedInExport'>;
  }): Promise<GuestResult>;

  listMembers(werkgroepId: string): Promise<MemberRow[]>;
  getMember(werkgroepId: string, memberId: string): Promise<MemberRow | null>;
  getMemberForPerson(werkgroepId: string, personId: string): Promise<MemberRow | null>;
  listMembershipsForPerson(personId: string): Promise<{ werkgroep: WerkgroepRow; member: MemberRow }[]>;
  /** Giving a role confirms a guest. */
  updateMember(
    werkgroepId: string,
    memberId: string,
    patch: Partial<Pick<MemberRow, 'displayName' | 'organisation' | 'namedInExport'> & { role: Role }>,
  ): Promise<MemberRow | null>;
  /** Removes the member (kept as history); false when there is none. */
  removeMember(werkgroepId: string, memberId: string, now: number): Promise<boolean>;
  /** In one statement: gives a guest who still waits `role` (confirming them); nobody else changes. */
  confirmGuest(werkgroepId: string, memberId: string, role: Role): Promise<SettleGuestResult>;
  /** In one statement: removes a guest who still waits; a confirmed member stays. `member` is as it was. */
  refuseGuest(werkgroepId: string, memberId: string, now: number): Promise<SettleGuestResult>;

  /** Creates the document with its first sections, in one transaction. */
  createDocument(row: DocumentRow, sections: SectionRow[]): Promise<void>;
  getDocument(id: string): Promise<DocumentRow | null>;
  listDocuments(werkgroepId: string): Promise<DocumentRow[]>;

  /** Sections of a document in order. */
  listSections(documentId: string): Promise<SectionRow[]>;
  getSection(id: string): Promise<SectionRow | null>;
  /** Inserts after `afterId` (or at the end), shifting later sections. */
  insertSection(row: Omit<SectionRow, 'position'>, afterId: string | null): Promise<SectionRow>;
  updateSection(id: string, patch: Partial<Pick<SectionRow, 'title' | 'status'>>): Promise<SectionRow | null>;
  deleteSection(id: string): Promise<boolean>;

  /** Comment threads of a document, oldest first, with their comments. */
  listThreads(documentId: string): Promise<ThreadRow[]>;
  getThread(id: string): Promise<ThreadRow | null>;
  createThread(
    thread: Omit<ThreadRow, 'comments' | 'resolvedAt'>,
    first: Pick<CommentRow, 'id' | 'authorMemberId' | 'body' | 'createdAt'>,
  ): Promise<void>;
  addComment(
    threadId: string,
    comment: Pick<CommentRow, 'id' | 'authorMemberId' | 'body' | 'createdAt'>,
  ): Promise<void>;
  setThreadResolved(threadId: string, resolved: boolean, byMemberId: string, now: number): Promise<void>;

  createVersion(row: VersionRow): Promise<void>;
  /** Versions of a document, newest first, without their section states. */
  listVersions(documentId: string): Promise<Omit<VersionRow, 'sections'>[]>;
  getVersion(id: string): Promise<VersionRow | null>;
}

export const WORKSPACE_STORE_METHODS = methodsOf<WorkspaceStore>({
  createWerkgroep: true,
  getWerkgroep: true,
  listWerkgroepen: true,
  createPerson: true,
  createSession: true,
  getSession: true,
  deleteSession: true,
  createInvite: true,
  getInviteByCodeHash: true,
  listInvites: true,
  revokeInvite: true,
  acceptInvite: true,
  joinAsGuest: true,
  listMembers: true,
  getMember: true,
  getMemberForPerson: true,
  listMembershipsForPerson: true,
  updateMember: true,
  removeMember: true,
  confirmGuest: true,
  refuseGuest: true,
  createDocument: true,
  getDocument: true,
  listDocuments: true,
  listSections: true,
  getSection: true,
  insertSection: true,
  updateSection: true,
  deleteSection: true,
  listThreads: true,
  getThread: true,
  createThread: true,
  addComment: true,
  setThreadResolved: true,
  createVersion: true,
  listVersions: true,
  getVersion: true,
});
