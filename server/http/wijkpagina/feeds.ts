import { Feed } from 'feed';
import ical from 'ical-generator';
import { t } from '../../../shared/i18n/translate';
import { esc } from '../../export/html';
import { FEED_ENTRIES, type PageContext, type PageUpdate } from './context';
import type { PublicMeeting } from './parts/vergaderingen';

/** How far Amsterdam is ahead of UTC at `utcMs` (ms), from the platform's time zone data. */
function amsterdamOffset(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const n = (k: string) => Number(parts[k]);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return local - utcMs;
}

/** The moment a meeting starts: its day and time as clocks in the Netherlands show them. */
export function meetingStart(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const guess = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  return new Date(guess - amsterdamOffset(guess - amsterdamOffset(guess)));
}

/** Meetings last two hours in the calendar unless more is known (the app does not keep an end time). */
const MEETING_MS = 2 * 60 * 60 * 1000;

/**
 * The page's Atom feed, built from the entries of the parts on the page (decisions, the signed akkoord,
 * meetings, answers, every update of the published acties), newest first. The library escapes every text.
 */
export function atomFeed(ctx: PageContext, updates: readonly PageUpdate[], feedUrl: string): string {
  const { werkgroep, lang, pageUrl } = ctx;
  const feed = new Feed({
    id: pageUrl,
    title: t(lang, 'wijkpagina.feed.title', { name: werkgroep.name }),
    link: pageUrl,
    language: lang,
    updated: new Date(updates[0]?.date ?? ctx.publication.updatedAt),
    feedLinks: { atom: feedUrl },
    generator: 'Wijkatelier',
    copyright: werkgroep.name,
  });
  for (const u of updates.slice(0, FEED_ENTRIES)) {
    feed.addItem({
      id: `${pageUrl}#${u.id}`,
      // The library writes titles and summaries as type="html" in CDATA: a reader takes them as HTML, so
      // the werkgroep's text is escaped into HTML that shows it as text.
      title: esc(u.title),
      link: `${pageUrl}?lang=${lang}#${u.anchor}`,
      date: new Date(u.date),
      description: esc(u.summary),
    });
  }
  return feed.atom1();
}

/** The meetings as an iCalendar feed: title, time and place; nothing else about them. */
export function meetingsCalendar(ctx: PageContext, meetings: readonly PublicMeeting[]): string {
  const cal = ical({ name: ctx.werkgroep.name, prodId: { company: 'Wijkatelier', product: 'wijkpagina' } });
  for (const m of meetings) {
    const start = m.startTime ? meetingStart(m.date, m.startTime) : new Date(`${m.date}T12:00:00Z`);
    cal.createEvent({
      id: `${m.id}@${new URL(ctx.pageUrl).host}`,
      start,
      ...(m.startTime ? { end: new Date(start.getTime() + MEETING_MS) } : { allDay: true }),
      summary: m.title,
      location: m.place || null,
      url: `${ctx.pageUrl}#vergaderingen`,
      stamp: new Date(m.createdAt),
    });
  }
  return cal.toString();
}
