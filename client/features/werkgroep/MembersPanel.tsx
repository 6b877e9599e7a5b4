import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/permissions';
import { type Member, ROLES, type Role } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useLiveRoster } from '../votes/useLive';
import { GuestActions } from './GuestActions';
import { useWerkgroep } from './WerkgroepContext';

/**
 * Everyone in the werkgroep; the facilitator changes roles and removes members here. The list is fetched
 * again whenever the werkgroep's room says who is in it changed (someone joined, left, was removed, or
 * got another role or name), so it follows changes made anywhere.
 */
export function MembersPanel() {
  const { t } = useTranslation();
  const { detail, reload, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const [version, setVersion] = useState(0);
  const revision = useLiveRoster(room)?.revision ?? '';
  const fetched = useResource(`members:${werkgroepId}:${version}:${revision}`, () =>
    api('listMembers', { params: { werkgroepId } }),
  );
  // While the list is fetched again, the last one stays on screen (and a focused select stays focused).
  const last = useRef(fetched);
  if (fetched.state !== 'loading' || last.current.state !== 'ready') last.current = fetched;
  const members = last.current;
  const [message, setMessage] = useState<string | null>(null);
  const manage = can(detail.me.role, 'members.manage');

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(done);
      setVersion((v) => v + 1);
      reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : t('errors.generic'));
    }
  };

  return (
    <section aria-labelledby="members-title" className="panel">
      <Heading2 id="members-title">{t('members.title')}</Heading2>
      {members.state === 'loading' && <Loading />}
      {members.state === 'error' && <ErrorState error={members.error} onRetry={members.reload} />}
      {members.state === 'ready' && (
        <ul className="member-list">
          {members.data.map((m) => (
            <MemberRow
              key={m.id}
              member={m}
              isMe={m.id === detail.me.id}
              manage={manage}
              onRole={(role) =>
                act(
                  () => api('updateMember', { params: { werkgroepId, memberId: m.id }, body: { role } }),
                  t('members.changed', { name: m.displayName, role: t(`roles.${role}`) }),
                )
              }
              onGuestDone={(done) => {
                setMessage(done);
                setVersion((v) => v + 1);
                reload();
              }}
              onRemove={() => {
                if (window.confirm(t('members.confirmRemove', { name: m.displayName }))) {
                  void act(
                    () => api('removeMember', { params: { werkgroepId, memberId: m.id } }),
                    t('members.removed', { name: m.displayName }),
                  );
                }
              }}
            />
          ))}
        </ul>
      )}
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
    </section>
  );
}

function MemberRow(props: {
  member: Member;
  isMe: boolean;
  manage: boolean;
  onRole: (role: Role) => Promise<void>;
  onGuestDone: (message: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { member, isMe, manage } = props;
  const selectId = useId();
  return (
    <li className="member-list__item">
      <span className="member-list__name">
        {member.displayName} {isMe && <span className="muted">{t('members.you')}</span>}
        {member.organisation && <span className="muted"> · {member.organisation}</span>}
        {member.claimedRole && (
          <span className="muted">
            {' '}
            · {t('members.guestClaims', { role: t(`roles.${member.claimedRole}`).toLowerCase() })}
          </span>
        )}
      </span>
      {manage && !isMe && member.role === 'guest' ? (
        <GuestActions member={member} onDone={props.onGuestDone} />
      ) : manage && !isMe ? (
        <span className="member-list__actions">
          <label htmlFor={selectId} className="visually-hidden">
            {t('members.role', { name: member.displayName })}
          </label>
          <select
            id={selectId}
            className="utrecht-select utrecht-select--html-select"
            value={member.role}
            onChange={(e) => void props.onRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={props.onRemove}>
            {t('members.remove', { name: member.displayName })}
          </button>
        </span>
      ) : (
        <span className="member-list__role">{t(`roles.${member.role}`)}</span>
      )}
    </li>
  );
}
