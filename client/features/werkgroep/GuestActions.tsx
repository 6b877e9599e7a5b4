import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, ROLES, type Role } from '../../../shared/schemas/member';
import { api } from '../../api/client';

/**
 * For someone who joined by the meeting's code: the facilitator confirms the role they claimed (or
 * another one), or refuses them. Confirming gives them their rights; the server closes their sockets
 * so they come back with them. Both act only on someone who still waits: when another console got
 * there first the server says so (already_confirmed, not_found) and the list is loaded again.
 */
export function GuestActions({
  member,
  onDone,
}: {
  member: Member;
  /** Called with what happened, to announce; or with an error message. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [role, setRole] = useState<Role>(member.claimedRole ?? 'bewoner');
  const [busy, setBusy] = useState(false);
  const params = { werkgroepId: member.werkgroepId, memberId: member.id };
  const name = member.displayName;
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      onDone(done);
    } catch (error) {
      onDone(error instanceof Error ? error.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="guest-actions">
      <label htmlFor={selectId} className="visually-hidden">
        {t('members.confirmAs', { name })}
      </label>
      <select
        id={selectId}
        className="utrecht-select utrecht-select--html-select"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        disabled={busy}
        onClick={() =>
          void act(
            () => api('confirmGuest', { params, body: { role } }),
            t('members.confirmed', { name, role: t(`roles.${role}`) }),
          )
        }
      >
        {t('members.confirm', { name })}
      </button>
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle"
        disabled={busy}
        onClick={() => void act(() => api('refuseGuest', { params }), t('members.refused', { name }))}
      >
        {t('members.refuse', { name })}
      </button>
    </span>
  );
}
