import * as Y from 'yjs';
import { type MemberGroup, ROLE_GROUPS, type RoleGroup } from '../schemas/member';
import { DOCUMENT_FIELD } from './extensions';

/**
 * Who wrote what, with Yjs's own means: the section doc's `users` map in the layout of
 * Y.PermanentUserData (user description → { ids: client ids, ds: delete sets }). The *server*
 * records a client id under the member who sent it (description `<group>|<memberId>`), so the
 * attribution comes from the authenticated connection, not from what a client claims.
 */
export const USERS_MAP = 'users';

export function authorDescription(group: MemberGroup, memberId: string): string {
  return `${group}|${memberId}`;
}

export function groupOfDescription(description: string | undefined): RoleGroup | null {
  const group = description?.split('|')[0];
  return (ROLE_GROUPS as readonly string[]).includes(group ?? '') ? (group as RoleGroup) : null;
}

/** Client id → user description, read from the users map (what PermanentUserData.getUserByClientId answers). */
export function authorsByClient(doc: Y.Doc): Map<number, string> {
  const out = new Map<number, string>();
  doc.getMap<Y.Map<unknown>>(USERS_MAP).forEach((user, description) => {
    const ids = user.get('ids');
    if (ids instanceof Y.Array)
      for (const id of ids.toArray()) if (typeof id === 'number') out.set(id, description);
  });
  return out;
}

/** The client ids already recorded in a doc's users map. */
export function recordedClients(doc: Y.Doc): Set<number> {
  return new Set(authorsByClient(doc).keys());
}

/** Records `clientIds` as written by `description` (in the caller's transaction). */
export function recordAuthor(doc: Y.Doc, clientIds: readonly number[], description: string): void {
  const users = doc.getMap<Y.Map<unknown>>(USERS_MAP);
  let user = users.get(description);
  if (!user) {
    user = new Y.Map<unknown>();
    user.set('ids', new Y.Array<number>());
    user.set('ds', new Y.Array<Uint8Array>());
    users.set(description, user);
  }
  (user.get('ids') as Y.Array<number>).push([...clientIds]);
}

export type Shares = Record<RoleGroup | 'unknown', number>;

/** Words per role group in a section's current text (a word belongs to whoever typed its first letter). */
export function authorshipShares(doc: Y.Doc): Shares {
  const authors = authorsByClient(doc);
  const shares: Shares = {
    bewoners: 0,
    ambtenaren: 0,
    partners: 0,
    facilitators: 0,
    observers: 0,
    unknown: 0,
  };
  const visit = (type: Y.AbstractType<unknown>) => {
    if (type instanceof Y.XmlText) {
      let text = '';
      const byChar: (RoleGroup | null)[] = [];
      let item = type._start;
      while (item !== null) {
        if (!item.deleted && item.content instanceof Y.ContentString) {
          const group = groupOfDescription(authors.get(item.id.client));
          text += item.content.str;
          for (let i = 0; i < item.content.str.length; i++) byChar.push(group);
        }
        item = item.right;
      }
      for (const m of text.matchAll(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu))
        shares[byChar[m.index ?? 0] ?? 'unknown']++;
      return;
    }
    if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment) {
      for (const child of type.toArray()) visit(child as Y.AbstractType<unknown>);
    }
  };
  visit(doc.getXmlFragment(DOCUMENT_FIELD) as unknown as Y.AbstractType<unknown>);
  return shares;
}
