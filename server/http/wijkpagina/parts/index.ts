import type { PageSection } from '../../../../shared/wijkpagina/publication';
import { type RunPart, runPart } from '../context';
import { actiesPart } from './acties';
import { akkoordPart } from './akkoord';
import { ambitiesPart } from './ambities';
import { besluitenPart } from './besluiten';
import { indicatorenPart } from './indicatoren';
import { vergaderingenPart } from './vergaderingen';
import { vragenPart } from './vragen';
import { werkgroepPart } from './werkgroep';

/**
 * Every part of the public page, by its name in PAGE_SECTIONS (the compiler checks each has one). The page
 * shows the parts the facilitator chose, in PAGE_SECTIONS' order; the feed takes every shown part's entries.
 *
 * Adding a part (indicatoren and acties were added this way): write `parts/<name>.ts` as a
 * `PagePart<D>` (a loader of only public data, a pure `render(data, lang)`, and `updates` for the feed,
 * or `feed(ctx)` when the feed holds more than the page, as acties' every update),
 * add its name to PAGE_SECTIONS (shared/wijkpagina/publication.ts), its words under
 * `wijkpagina.sections.<name>`, and one line here.
 */
export const PAGE_PARTS: Record<PageSection, RunPart> = {
  ambities: runPart(ambitiesPart),
  indicatoren: runPart(indicatorenPart),
  acties: runPart(actiesPart),
  akkoord: runPart(akkoordPart),
  besluiten: runPart(besluitenPart),
  vergaderingen: runPart(vergaderingenPart),
  werkgroep: runPart(werkgroepPart),
  vragen: runPart(vragenPart),
};
