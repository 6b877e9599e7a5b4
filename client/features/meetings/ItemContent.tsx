import type * as Y from 'yjs';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import { LinkedBoard } from './LinkedBoard';
import { LinkedNetwork } from './LinkedNetwork';
import { LinkedSection } from './LinkedSection';
import { type ContentMode, LinkedVote } from './LinkedVote';

/** What an agenda item links to, shown for the console, a phone or the room screen. */
export function ItemContent({
  item,
  werkgroepId,
  room,
  mode,
}: {
  item: AgendaItem;
  werkgroepId: string;
  /** The werkgroep's room: live votes and boards. */
  room: Y.Doc | null;
  mode: ContentMode;
}) {
  const link = item.link;
  if (!link) return null;
  switch (link.kind) {
    case 'vote':
      return (
        <LinkedVote
          key={link.voteId}
          werkgroepId={werkgroepId}
          voteId={link.voteId}
          room={room}
          mode={mode}
        />
      );
    case 'board':
      return (
        <LinkedBoard
          key={link.boardId}
          werkgroepId={werkgroepId}
          boardId={link.boardId}
          room={room}
          mode={mode}
        />
      );
    case 'section':
      return (
        <LinkedSection
          key={link.sectionId}
          werkgroepId={werkgroepId}
          documentId={link.documentId}
          sectionId={link.sectionId}
          mode={mode}
        />
      );
    case 'netwerk':
      return <LinkedNetwork key={link.view} werkgroepId={werkgroepId} show={link.view} mode={mode} />;
  }
}
