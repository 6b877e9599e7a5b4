import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { GuestActions } from '../werkgroep/GuestActions';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { MeetingPeer } from './model';

/**
 * Who joined with the code and waits for the facilitator: name and the role they said they have,
 * with confirm (as claimed or another role) and refuse. Someone who just joined opens the meeting on
 * their phone, so a new guest in the room's presence is the moment to look again.
 */
export function WaitingGuests({
  werkgroepId,
  peers,
}: {
  werkgroepId: string;
  peers: readonly MeetingPeer[];
}) {
  const { t } = useTranslation();
  const { reload: reloadWerkgroep } = useWerkgroep();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  // The row whose button was pressed goes away: keep keyboard focus in the panel, on what happened.
  const status = useRef<HTMLDivElement>(null);
  const arrived = [...new Set(peers.filter((p) => p.role === 'guest').map((p) => p.memberId))]
    .sort()
    .join(',');
  const members = useResource(`guests:${werkgroepId}:${arrived}:${version}`, () =>
    api('listMembers', { params: { werkgroepId } }),
  );
  // The last list stays while the next loads, so a choice being made in a row is not reset.
  const [guests, setGuests] = useState<Member[]>([]);
  useEffect(() => {
    if (members.data) setGuests(members.data.filter((m) => m.role === 'guest'));
  }, [members.data]);
  return (
    <>
      <p className="muted">{t('meetings.guests.intro')}</p>
      {guests.length === 0 ? (
        <p className="muted">{t('meetings.guests.none')}</p>
      ) : (
        <ul className="member-list waiting-guests">
          {guests.map((g) => (
            <li key={g.id} className="member-list__item">
              <span className="member-list__name">
                {g.displayName}
                {g.claimedRole && (
                  <span className="muted">
                    {' '}
                    · {t('members.guestClaims', { role: t(`roles.${g.claimedRole}`).toLowerCase() })}
                  </span>
                )}
              </span>
              <GuestActions
                member={g}
                onDone={(done) => {
                  setMessage(done);
                  setVersion((v) => v + 1);
                  reloadWerkgroep();
                  status.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <div role="status" ref={status} tabIndex={-1}>
        {message && <p>{message}</p>}
      </div>
    </>
  );
}
