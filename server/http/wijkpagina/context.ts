import { createHash } from 'node:crypto';
import type { Language } from '../../../shared/i18n/translate';
import type { DomainDeps } from '../../domain/deps';
import type { PublicationRecord } from '../../storage/WijkpaginaStore';
import type { WerkgroepRow } from '../../storage/WorkspaceStore';

/** What every part of the public page gets to load its data from: only this werkgroep's. */
export interface PageContext {
  deps: DomainDeps;
  werkgroep: WerkgroepRow;
  publication: PublicationRecord;
  lang: Language;
  /** The page's own absolute address (`https://…/wijk/<slug>`), for feeds and links. */
  pageUrl: string;
  now: number;
  /** After a refused question: what was written and why (the form shows it again). */
  form?: {
    values: { question: string; name: string; contact: string };
    error: string;
    /** Sent too soon: the form keeps its first token, so the time counts from when it was first shown. */
    token?: string;
  };
}

/** One entry of the page's Atom feed; parts add theirs. */
export interface PageUpdate {
  /** Stable within the page (`besluit-3`), so a feed reader sees an entry once. */
  id: string;
  title: string;
  /** Plain text; the feed library escapes it. */
  summary: string;
  date: number;
  /** The anchor on the page the entry links to. */
  anchor: string;
}

/** The feed's length: its newest entries across all parts. */
export const FEED_ENTRIES = 50;

/**
 * One part of the public page: a loader that reads only what may be public, and pure renderers of what it
 * loaded. `load` answers null when the part has nothing to show at all (the part is left out, e.g. an
 * akkoord that is not signed yet). Everything a werkgroep wrote is escaped by `render`.
 */
export interface PagePart<D> {
  load(ctx: PageContext): Promise<D | null>;
  render(data: D, lang: Language): string;
  /** Entries for the Atom feed, from what the page loaded. */
  updates?(data: D, lang: Language): PageUpdate[];
  /**
   * The part's feed entries read apart, for the feed only (the page never runs it): used instead of
   * `load` + `updates` when the feed holds more than the page shows (every update of the acties, not
   * only each one's newest). At most FEED_ENTRIES, and only what the page may show ([WP4]).
   */
  feed?(ctx: PageContext): Promise<PageUpdate[]>;
}

/** A part with its data type closed over, so parts of different data sit in one list. */
export interface RunPart {
  /** The part's HTML on the page, or null when it has nothing to show. */
  page(ctx: PageContext): Promise<string | null>;
  /** The part's entries in the feed. */
  feed(ctx: PageContext): Promise<PageUpdate[]>;
}

export function runPart<D>(part: PagePart<D>): RunPart {
  return {
    async page(ctx) {
      const data = await part.load(ctx);
      return data === null ? null : part.render(data, ctx.lang);
    },
    async feed(ctx) {
      if (part.feed) return part.feed(ctx);
      if (!part.updates) return [];
      const data = await part.load(ctx);
      return data === null ? [] : part.updates(data, ctx.lang);
    },
  };
}

/**
 * A stable public name for a record (a feed entry's id, a calendar event's UID) that does not give away
 * its internal id: the page shows no id but the werkgroep's slug.
 */
export const publicId = (id: string): string =>
  createHash('sha256').update(`wijkpagina:${id}`).digest('hex').slice(0, 20);
