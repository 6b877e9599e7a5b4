import {
  type AgendaLink,
  NETWORK_SCREEN_VIEWS,
  type NetworkScreenView,
} from '../../../shared/schemas/meeting';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';

export interface LinkTarget {
  /**
   * The value of the link in a <select>: `section:<document>:<section>`, `board:<id>`, `vote:<id>`,
   * `netwerk:<view>`.
   */
  value: string;
  label: string;
  link: AgendaLink;
}

export interface LinkTargets {
  sections: (LinkTarget & { documentTitle: string })[];
  boards: LinkTarget[];
  votes: LinkTarget[];
}

export const linkValue = (link: AgendaLink | null): string => {
  if (!link) return '';
  switch (link.kind) {
    case 'section':
      return `section:${link.documentId}:${link.sectionId}`;
    case 'board':
      return `board:${link.boardId}`;
    case 'vote':
      return `vote:${link.voteId}`;
    case 'netwerk':
      return `netwerk:${link.view}`;
  }
};

/** The werkgroep's own wijknetwerk, as graph or map: always there, nothing to load. */
export const NETWORK_TARGETS: (Omit<LinkTarget, 'label'> & { view: NetworkScreenView })[] =
  NETWORK_SCREEN_VIEWS.map((view) => {
    const link: AgendaLink = { kind: 'netwerk', view };
    return { value: linkValue(link), view, link };
  });

/** What an agenda item may link to: the werkgroep's document sections, boards and votes. */
export function useLinkTargets(werkgroepId: string, enabled: boolean) {
  return useResource<LinkTargets>(enabled ? `meeting-links:${werkgroepId}` : null, async () => {
    const params = { werkgroepId };
    const [documents, boards, votes] = await Promise.all([
      api('listDocuments', { params }),
      api('listBoards', { params }),
      api('listVotes', { params }),
    ]);
    const details = await Promise.all(
      documents.map((d) => api('getDocument', { params: { documentId: d.id } })),
    );
    return {
      sections: details.flatMap(({ document }) =>
        document.sections.map((s) => {
          const link: AgendaLink = { kind: 'section', documentId: document.id, sectionId: s.id };
          return { value: linkValue(link), label: s.title, documentTitle: document.title, link };
        }),
      ),
      boards: boards.map((b) => {
        const link: AgendaLink = { kind: 'board', boardId: b.id };
        return { value: linkValue(link), label: b.title, link };
      }),
      // A board's dot round is run from its board, not from the agenda.
      votes: votes
        .filter((v) => v.boardId === null)
        .map((v) => {
          const link: AgendaLink = { kind: 'vote', voteId: v.id };
          return { value: linkValue(link), label: v.question, link };
        }),
    };
  });
}
