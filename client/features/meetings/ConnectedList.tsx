import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberGroup } from '../../../shared/schemas/member';
import { type MeetingPeer, type MeetingPerson, peopleOf } from './model';

interface Seen extends MeetingPerson {
  /** When their last connection went away; null while connected. */
  goneAt: number | null;
}

/**
 * Who follows the meeting through Wijkatelier right now, from where, and who lost their connection
 * (kept on the list with the time, so the facilitator can ask in the room or call them). What this
 * page has seen is local: another console starts with who is here now.
 */
export function ConnectedList({ peers }: { peers: readonly MeetingPeer[] }) {
  const { t, i18n } = useTranslation();
  const [seen, setSeen] = useState<Map<string, Seen>>(new Map());
  useEffect(() => {
    setSeen((before) => {
      const next = new Map<string, Seen>();
      const now = Date.now();
      for (const p of peopleOf(peers)) next.set(p.memberId, { ...p, goneAt: null });
      for (const [id, s] of before) if (!next.has(id)) next.set(id, { ...s, goneAt: s.goneAt ?? now });
      return next;
    });
  }, [peers]);
  const list = [...seen.values()].sort(
    (a, b) => Number(a.goneAt !== null) - Number(b.goneAt !== null) || a.name.localeCompare(b.name, 'nl'),
  );
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  if (list.length === 0) return <p className="muted">{t('meetings.connected.none')}</p>;
  return (
    <ul className="connected">
      {list.map((p) => (
        <li key={p.memberId} className={`connected__item${p.goneAt ? ' connected__item--gone' : ''}`}>
          <span className="connected__name">{p.name}</span>
          <span className={`chip chip--${memberGroup(p.role)}`}>{t(`roles.${p.role}`)}</span>
          <span className="connected__where">
            {p.where ? t(`meetings.where.${p.where}`) : t('meetings.where.unknown')}
          </span>
          <span className={`connected__state connected__state--${p.goneAt ? 'gone' : 'ok'}`}>
            {p.goneAt
              ? t('meetings.connected.gone', { time: time.format(new Date(p.goneAt)) })
              : t('meetings.connected.ok')}
          </span>
        </li>
      ))}
    </ul>
  );
}
