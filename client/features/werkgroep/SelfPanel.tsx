import { FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MEMBER_LIMITS } from '../../../shared/schemas/member';
import { api, clearOfflineCopies } from '../../api/client';
import { useMe } from '../../api/MeContext';
import { useAction } from '../../api/useAction';
import { clearInviteLinks } from './inviteLinks';
import { useWerkgroep } from './WerkgroepContext';

/** My own name in this werkgroep; leaving it; signing out on this device. */
export function SelfPanel() {
  const { t } = useTranslation();
  const { detail, reload } = useWerkgroep();
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState(detail.me.displayName);
  const [message, setMessage] = useState<string | null>(null);
  const nameId = useId();
  const werkgroepId = detail.werkgroep.id;

  // Saving and leaving say how it went in the same status line.
  const rename = useAction(
    async () => {
      await api('updateSelf', { params: { werkgroepId }, body: { displayName: name } });
      setMessage(t('self.saved'));
      reload();
    },
    { onError: setMessage },
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    void rename.run();
  };
  const leaveGroup = useAction(
    async () => {
      await api('leave', { params: { werkgroepId } });
      me.reload();
      void navigate('/');
    },
    { onError: setMessage },
  );
  const leave = () => {
    if (window.confirm(t('self.confirmLeave'))) void leaveGroup.run();
  };
  const signOut = async () => {
    await api('signOut');
    // A shared computer in a community centre: leave nothing of this member behind.
    clearOfflineCopies();
    clearInviteLinks();
    me.reload();
    void navigate('/');
  };

  return (
    <section aria-labelledby="self-title" className="panel">
      <Heading2 id="self-title">{t('self.title')}</Heading2>
      <form className="form-row" onSubmit={save}>
        <div className="form-row__field">
          <FormLabel htmlFor={nameId}>{t('self.name')}</FormLabel>
          <Textbox
            id={nameId}
            value={name}
            maxLength={MEMBER_LIMITS.displayNameMax}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('self.save')}
        </button>
      </form>
      <div role="status">{message && <Paragraph>{message}</Paragraph>}</div>
      <div className="actions">
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={leave}>
          {t('self.leave')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle"
          onClick={() => void signOut()}
        >
          {t('self.signOut')}
        </button>
      </div>
    </section>
  );
}
