import type { Decision } from '../../../shared/schemas/decision';
import type { AgendaItem, Meeting, REACTIONS } from '../../../shared/schemas/meeting';
import { MEMBER_ROLES, type MemberRole, memberGroup } from '../../../shared/schemas/member';
import type { ReactionEntry } from '../../../shared/sync/meetingDoc';
import type { Place } from '../../sync/place';
import type { PresentMember } from '../../sync/usePresenceRoom';

/** Where a member follows the meeting from; chosen on their own page, shared through awareness. */
export const WHERE = ['zaal', 'thuis'] as const;
export type Where = (typeof WHERE)[number];
/** Which page a connection is: the room screen is a device, not a person, and is never counted. */
export type Device = 'deelnemer' | 'console' | 'scherm';

/** One connection in the meeting's room (name, role and member id are stamped by the server). */
export interface MeetingPeer {
  clientId: number;
  memberId: string;
  name: string;
  role: MemberRole;
  where: Where | null;
  device: Device;
}

/** The werkgroep's other pages, in the order "Wie is er" names them. */
export const ELSEWHERE = ['document', 'bord', 'stemming', 'elders'] as const satisfies readonly Place[];
export type Elsewhere = (typeof ELSEWHERE)[number];

/** A person in the room: one member, whatever number of tabs or phones they have open. */
export interface MeetingPerson {
  memberId: string;
  name: string;
  role: MemberRole;
  where: Where | null;
  /** Null when on the meeting's own pages; else where in the werkgroep they are connected. */
  elsewhere: Elsewhere | null;
}

/** Reads one awareness state; states without the server's stamp (our own, or bogus) are skipped. */
export function parsePeer(clientId: number, state: unknown): MeetingPeer | null {
  if (typeof state !== 'object' || state === null) return null;
  const s = state as { user?: unknown; where?: unknown; device?: unknown };
  const user = s.user as { memberId?: unknown; name?: unknown; role?: unknown } | undefined;
  if (typeof user?.memberId !== 'string' || typeof user.name !== 'string') return null;
  if (!(MEMBER_ROLES as readonly unknown[]).includes(user.role)) return null;
  return {
    clientId,
    memberId: user.memberId,
    name: user.name.slice(0, 60),
    role: user.role as MemberRole,
    where: s.where === 'zaal' || s.where === 'thuis' ? s.where : null,
    device: s.device === 'scherm' || s.device === 'console' ? s.device : 'deelnemer',
  };
}

/** The people connected, one entry per member, screens left out; sorted by name. */
export function peopleOf(peers: readonly MeetingPeer[]): MeetingPerson[] {
  const byMember = new Map<string, MeetingPerson>();
  for (const p of peers) {
    if (p.device === 'scherm') continue;
    const known = byMember.get(p.memberId);
    // Someone with a phone in the room and a laptop at home is rare; a stated place beats none.
    byMember.set(p.memberId, {
      memberId: p.memberId,
      name: p.name,
      role: p.role,
      where: known?.where ?? p.where,
      elsewhere: null,
    });
  }
  return [...byMember.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/**
 * Everyone connected to the werkgroep, once each: the people on the meeting's pages (its room), and
 * the members the werkgroep's presence sees on other pages, with where (a document before a board
 * before a vote before anywhere else, for someone with several tabs). An official reading the
 * document during the meeting is here, and counts in the parity.
 */
export function everyoneConnected(
  peers: readonly MeetingPeer[],
  present: readonly PresentMember[],
): MeetingPerson[] {
  const here = peopleOf(peers);
  const ids = new Set(here.map((p) => p.memberId));
  const away: MeetingPerson[] = present
    .filter((m) => !ids.has(m.memberId))
    .map((m) => ({
      memberId: m.memberId,
      name: m.name,
      role: m.role,
      where: null,
      // On a meeting's page but not in this meeting's room: another meeting, or still connecting.
      elsewhere: ELSEWHERE.find((e) => m.places.includes(e)) ?? 'elders',
    }));
  return [...here, ...away].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface GroupCount {
  zaal: number;
  thuis: number;
  /** On the meeting's pages (in the room, at home, or not said). */
  meeting: number;
  /** Connected to the werkgroep on another page. */
  elsewhere: Record<Elsewhere, number>;
  /** Everyone in the group, wherever they are connected. */
  total: number;
}
export interface PresenceCounts {
  bewoners: GroupCount;
  ambtenaren: GroupCount;
  /** Partners, facilitators and observers: counted apart from the parity. */
  others: number;
  /** Joined by code and not confirmed yet: apart from everyone, in no group. */
  guests: number;
  zaal: number;
  thuis: number;
}

/** How many residents and officials are here, in the room and at home (for the parity on the screen). */
export function presenceCounts(people: readonly MeetingPerson[]): PresenceCounts {
  const empty = (): GroupCount => ({
    zaal: 0,
    thuis: 0,
    meeting: 0,
    elsewhere: { document: 0, bord: 0, stemming: 0, elders: 0 },
    total: 0,
  });
  const out: PresenceCounts = {
    bewoners: empty(),
    ambtenaren: empty(),
    others: 0,
    guests: 0,
    zaal: 0,
    thuis: 0,
  };
  for (const p of people) {
    if (p.where) out[p.where]++;
    const group = memberGroup(p.role);
    if (group === 'guests') {
      out.guests++;
      continue;
    }
    if (group !== 'bewoners' && group !== 'ambtenaren') {
      out.others++;
      continue;
    }
    out[group].total++;
    if (p.elsewhere) out[group].elsewhere[p.elsewhere]++;
    else out[group].meeting++;
    if (p.where) out[group][p.where]++;
  }
  return out;
}

/** The current agenda item with its place (1-based), or null before the start or without an agenda. */
export function currentItem(meeting: Meeting): { item: AgendaItem; number: number; of: number } | null {
  const index = meeting.agenda.findIndex((i) => i.id === meeting.currentItemId);
  const item = meeting.agenda[index];
  return item ? { item, number: index + 1, of: meeting.agenda.length } : null;
}

/** How often each reaction came in during the last `windowMs` (by the server's clock), most first. */
export function recentReactions(
  reactions: readonly ReactionEntry[],
  now: number,
  windowMs: number,
): { reaction: (typeof REACTIONS)[number]; count: number }[] {
  const counts = new Map<(typeof REACTIONS)[number], number>();
  for (const r of reactions) {
    const age = now - Date.parse(r.at);
    if (age >= -2000 && age <= windowMs) counts.set(r.reaction, (counts.get(r.reaction) ?? 0) + 1);
  }
  return [...counts].map(([reaction, count]) => ({ reaction, count })).sort((a, b) => b.count - a.count);
}

/** The decisions taken while the meeting ran (until now when it still runs), in order. */
export function decisionsDuring(decisions: readonly Decision[], meeting: Meeting, now: number): Decision[] {
  if (!meeting.startedAt) return [];
  const from = Date.parse(meeting.startedAt);
  const until = meeting.endedAt ? Date.parse(meeting.endedAt) : now;
  return decisions.filter((d) => {
    const at = Date.parse(d.decidedAt);
    return at >= from && at <= until;
  });
}

/** The paths of a meeting's pages. */
export const meetingPaths = (werkgroepId: string, meetingId: string) => {
  const base = `/w/${werkgroepId}/bijeenkomsten/${meetingId}`;
  return {
    participant: base,
    console: `${base}/console`,
    screen: `${base}/scherm`,
    minutes: `${base}/verslag`,
  };
};
