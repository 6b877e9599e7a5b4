import type { Thread } from '../../shared/schemas/comment';
import type { DocumentInfo } from '../../shared/schemas/document';
import type { Invite } from '../../shared/schemas/invite';
import type { Member } from '../../shared/schemas/member';
import type { Section } from '../../shared/schemas/section';
import type { Werkgroep } from '../../shared/schemas/werkgroep';
import { roomName } from '../../shared/sync/rooms';
import {
  type DocumentRow,
  type InviteRow,
  inviteStatus,
  type MemberRow,
  type SectionRow,
  type ThreadRow,
  type WerkgroepRow,
} from '../storage/WorkspaceStore';

/** Rows never leave the server as they are: these turn them into the API's types. */
const iso = (ms: number) => new Date(ms).toISOString();

export const presentWerkgroep = (w: WerkgroepRow): Werkgroep => ({
  id: w.id,
  name: w.name,
  wijk: w.wijk,
  gemeente: w.gemeente,
  createdAt: iso(w.createdAt),
  room: roomName('werkgroep', w.id),
});

export const presentMember = (m: MemberRow): Member => ({
  id: m.id,
  werkgroepId: m.werkgroepId,
  displayName: m.displayName,
  organisation: m.organisation,
  role: m.role,
  claimedRole: m.claimedRole,
  namedInExport: m.namedInExport,
  joinedAt: iso(m.joinedAt),
});

export const presentInvite = (i: InviteRow, now = Date.now()): Invite => ({
  id: i.id,
  werkgroepId: i.werkgroepId,
  role: i.role,
  expiresAt: iso(i.expiresAt),
  maxUses: i.maxUses,
  uses: i.uses,
  status: inviteStatus(i, now),
  createdAt: iso(i.createdAt),
});

export const presentDocument = (d: DocumentRow): DocumentInfo => ({
  id: d.id,
  werkgroepId: d.werkgroepId,
  title: d.title,
  kind: d.kind,
  createdAt: iso(d.createdAt),
  room: roomName('doc', d.id),
});

export const presentSection = (s: SectionRow): Section => ({
  id: s.id,
  documentId: s.documentId,
  title: s.title,
  prompt: s.prompt,
  status: s.status,
  position: s.position,
  room: roomName('section', s.id),
});

export const presentThread = (t: ThreadRow): Thread => ({
  id: t.id,
  documentId: t.documentId,
  sectionId: t.sectionId,
  anchor: t.anchor,
  questionDue: t.questionDue,
  resolved: t.resolvedAt !== null,
  comments: t.comments.map((c) => ({
    id: c.id,
    author: { memberId: c.authorMemberId, name: c.authorName, role: c.authorRole },
    body: c.body,
    createdAt: iso(c.createdAt),
  })),
});
