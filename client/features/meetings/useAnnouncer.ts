import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/schemas/meeting';
import type { RaisedHand } from '../../../shared/sync/meetingDoc';
import { currentItem } from './model';

/**
 * What a screen reader on the console should hear without looking: the next agenda item, and each
 * newly raised hand with its place in the queue. For a polite live region; the first state is not
 * announced (it is on the page already). Pass the meeting from the room, so both start together.
 */
export function useAnnouncer(meeting: Meeting | null, hands: readonly RaisedHand[]): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const lastItem = useRef<string | null | undefined>(undefined);
  const lastHands = useRef<Set<string> | null>(null);

  const itemId = meeting?.currentItemId ?? null;
  useEffect(() => {
    if (!meeting) return;
    const before = lastItem.current;
    lastItem.current = itemId;
    if (before === undefined || before === itemId) return;
    const now = currentItem(meeting);
    if (now)
      setMessage(t('meetings.announce.item', { number: now.number, of: now.of, title: now.item.title }));
  }, [itemId, meeting, t]);

  const synced = meeting !== null;
  useEffect(() => {
    // Hands and meeting arrive in the same sync: hands already up then are not news.
    if (!synced) return;
    const ids = new Set(hands.map((h) => h.memberId));
    const before = lastHands.current;
    lastHands.current = ids;
    if (!before) return;
    const raised = hands
      .map((h, i) => ({ h, place: i + 1 }))
      .filter(({ h }) => !before.has(h.memberId))
      .map(({ h, place }) => t('meetings.announce.hand', { name: h.name, place }));
    if (raised.length > 0) setMessage(raised.join(' '));
  }, [hands, synced, t]);

  return message;
}
