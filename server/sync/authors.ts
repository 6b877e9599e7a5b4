import * as Y from 'yjs';
import { authorDescription, recordAuthor, recordedClients } from '../../shared/editor/authorship';
import { memberGroup } from '../../shared/schemas/member';
import { SERVER_ORIGIN } from './origins';
import type { ConnIdentity } from './types';

/**
 * Who wrote what: the first authenticated connection to send text of a Yjs client id is recorded
 * as its author (in the PermanentUserData layout, written by the server). Text typed offline in an
 * earlier visit arrives under an older client id and is still attributed when it is sent.
 */
export class AuthorRecorder {
  private recorded: Set<number> | null = null;

  constructor(private readonly doc: Y.Doc) {}

  record(identity: ConnIdentity, update: Uint8Array): void {
    this.recorded ??= recordedClients(this.doc);
    const recorded = this.recorded;
    const fresh = [...new Set(Y.decodeUpdate(update).structs.map((s) => s.id.client))].filter(
      (c) => !recorded.has(c),
    );
    if (fresh.length === 0) return;
    for (const c of fresh) recorded.add(c);
    const description = authorDescription(memberGroup(identity.role), identity.memberId);
    this.doc.transact(() => recordAuthor(this.doc, fresh, description), SERVER_ORIGIN);
  }
}
