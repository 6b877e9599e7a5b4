import { t } from '../../../../shared/i18n/translate';
import { esc } from '../../../export/html';
import { type PageContext, type PagePart, publicId } from '../context';
import { dayText } from '../html';

/** A meeting as the public sees it: never its join code, agenda notes or who takes notes. */
export interface PublicMeeting {
  /** `publicId` of the meeting: stable for calendars, not its internal id. */
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM or null */
  startTime: string | null;
  place: string;
  createdAt: number;
}

const today = (now: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(now));

/** Meetings from today on that have not ended, soonest first (also the iCalendar feed's). */
export async function upcomingMeetings({ deps, werkgroep, now }: PageContext): Promise<PublicMeeting[]> {
  const from = today(now);
  return (await deps.storage.listMeetings(werkgroep.id))
    .filter((m) => m.status !== 'ended' && m.date >= from)
    .map(({ id, title, date, startTime, place, createdAt }) => ({
      id: publicId(id),
      title,
      date,
      startTime,
      place,
      createdAt,
    }))
    .sort((a, b) => `${a.date}${a.startTime ?? ''}`.localeCompare(`${b.date}${b.startTime ?? ''}`));
}

export const vergaderingenPart: PagePart<PublicMeeting[]> = {
  load: upcomingMeetings,
  render(meetings, lang) {
    if (meetings.length === 0) return `<p class="quiet">${esc(t(lang, 'wijkpagina.vergaderingen.none'))}</p>`;
    const items = meetings
      .map((m) => {
        const when = `${dayText(m.date, lang)}${m.startTime ? ` ${t(lang, 'wijkpagina.vergaderingen.time', { time: m.startTime })}` : ''}`;
        return `<li><p class="label">${esc(when)}</p><p><strong>${esc(m.title)}</strong></p>${
          m.place ? `<p>${esc(t(lang, 'wijkpagina.vergaderingen.place', { place: m.place }))}</p>` : ''
        }</li>`;
      })
      .join('');
    return `<p>${esc(t(lang, 'wijkpagina.vergaderingen.welcome'))}</p><ul class="items">${items}</ul>`;
  },
  updates(meetings, lang) {
    return meetings.map((m) => ({
      id: `bijeenkomst-${m.id}`,
      title: t(lang, 'wijkpagina.feed.meeting', { date: dayText(m.date, lang), title: m.title }),
      summary: m.place ? t(lang, 'wijkpagina.vergaderingen.place', { place: m.place }) : m.title,
      date: m.createdAt,
      anchor: 'vergaderingen',
    }));
  },
};
