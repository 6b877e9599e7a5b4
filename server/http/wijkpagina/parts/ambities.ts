import { t } from '../../../../shared/i18n/translate';
import { roomName } from '../../../../shared/sync/rooms';
import { type Block, fromProseMirror, isEmpty } from '../../../export/blocks';
import { sectionJson } from '../../../export/gather';
import { blocksHtml, esc } from '../../../export/html';
import type { PagePart } from '../context';

interface Ambition {
  title: string;
  blocks: Block[];
}

/** Only web addresses leave the page; links into the werkgroep's own screens keep just their text. */
const publicLink = (href: string): string | null =>
  /^https?:\/\//i.test(href) && !/\/w\//.test(href) ? href : null;

/**
 * The chosen parts of the werkgroep's documents, in the documents' order, read from their rooms with the
 * export's reader (shared/editor's schema) and written with the export's HTML writer.
 */
export const ambitiesPart: PagePart<Ambition[]> = {
  async load({ deps, werkgroep, publication }) {
    const chosen = new Set(publication.settings.documentSectionIds);
    if (chosen.size === 0) return null;
    const out: Ambition[] = [];
    let n = 0;
    for (const document of await deps.storage.listDocuments(werkgroep.id)) {
      for (const s of await deps.storage.listSections(document.id)) {
        if (!chosen.has(s.id)) continue;
        const json = await deps.rooms.read(roomName('section', s.id), sectionJson);
        const at = n++;
        let h = 0;
        const blocks = fromProseMirror(json, {
          headingOffset: 2,
          link: publicLink,
          headingId: () => `ambitie-${at}-${h++}`,
        });
        out.push({ title: s.title, blocks });
      }
    }
    return out.length > 0 ? out : null;
  },
  render(ambitions, lang) {
    return ambitions
      .map(
        (a) =>
          `<article class="card"><h3>${esc(a.title)}</h3>${
            isEmpty(a.blocks)
              ? `<p class="quiet">${esc(t(lang, 'wijkpagina.ambities.empty'))}</p>`
              : blocksHtml(a.blocks)
          }</article>`,
      )
      .join('');
  },
};
