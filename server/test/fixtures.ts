import type { z } from 'zod';
import { createdWerkgroepSchema, documentDetailSchema } from '../../shared/api/routes';
import { documentSchema } from '../../shared/schemas/document';
import { createdInviteSchema } from '../../shared/schemas/invite';
import type { Member, Role } from '../../shared/schemas/member';
import { joinedSchema } from '../../shared/schemas/session';
import type { Werkgroep } from '../../shared/schemas/werkgroep';

export interface Person {
  token: string;
  member: Member;
}

async function call<T>(
  baseUrl: string,
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status}: ${text}`);
  return schema.parse(text ? JSON.parse(text) : undefined);
}

export const codeOf = (url: string) => url.split('/').pop() ?? '';

/** Joins through an invite link as a new person (no cookie), returning the session token. */
export async function join(baseUrl: string, inviteUrl: string, displayName: string): Promise<Person> {
  const joined = await call(baseUrl, `/api/invites/${codeOf(inviteUrl)}/accept`, joinedSchema, {
    method: 'POST',
    body: { displayName, consent: true },
  });
  return { token: joined.token, member: joined.membership.member };
}

export async function invite(
  baseUrl: string,
  facilitator: Person,
  werkgroepId: string,
  role: Role,
): Promise<string> {
  const created = await call(baseUrl, `/api/werkgroepen/${werkgroepId}/invites`, createdInviteSchema, {
    method: 'POST',
    token: facilitator.token,
    body: { role },
  });
  return created.url;
}

/**
 * A werkgroep made through the real API: created by the admin, joined by a facilitator, then one
 * person per requested role, and one document.
 */
export async function setupWerkgroep(
  baseUrl: string,
  adminToken: string,
  roles: readonly Role[] = [],
): Promise<{
  werkgroep: Werkgroep;
  facilitator: Person;
  people: Person[];
  documentRoom: string;
  documentId: string;
  sectionId: string;
  structureRoom: string;
}> {
  const created = await call(baseUrl, '/api/werkgroepen', createdWerkgroepSchema, {
    method: 'POST',
    token: adminToken,
    body: { name: 'Werkgroep Overvecht', wijk: 'Overvecht', gemeente: 'Utrecht' },
  });
  const facilitator = await join(baseUrl, created.facilitatorInvite.url, 'Fatima (procesbegeleider)');
  const people: Person[] = [];
  for (const [i, role] of roles.entries()) {
    people.push(
      await join(baseUrl, await invite(baseUrl, facilitator, created.werkgroep.id, role), `${role} ${i + 1}`),
    );
  }
  const doc = await call(baseUrl, `/api/werkgroepen/${created.werkgroep.id}/documents`, documentSchema, {
    method: 'POST',
    token: facilitator.token,
    body: { title: 'Ambitiedocument' },
  });
  const detail = await call(baseUrl, `/api/documents/${doc.id}`, documentDetailSchema, {
    token: facilitator.token,
  });
  const section = detail.document.sections[0];
  if (!section) throw new Error('a blank document has one section');
  // Text lives in section rooms; `doc:` is the structure, which only the server writes.
  return {
    werkgroep: created.werkgroep,
    facilitator,
    people,
    documentRoom: section.room,
    documentId: doc.id,
    sectionId: section.id,
    structureRoom: doc.room,
  };
}

/** What a test's API call got: the status, the raw text and the parsed JSON body (if any). */
export interface ApiAnswer {
  status: number;
  text: string;
  body: ReturnType<typeof JSON.parse>;
}

/**
 * Calls the API as `who` (a bearer token; null: no session). A path that does not start with `/api`
 * is taken under the werkgroep: `/api/werkgroepen/<werkgroepId><path>`.
 */
export async function werkgroepCall(
  baseUrl: string,
  werkgroepId: string,
  method: string,
  path: string,
  who: Person | null,
  body?: unknown,
): Promise<ApiAnswer> {
  const url = `${baseUrl}${path.startsWith('/api') ? '' : `/api/werkgroepen/${werkgroepId}`}${path}`;
  const res = await fetch(url, {
    method,
    headers: {
      ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? JSON.parse(text) : undefined };
}
