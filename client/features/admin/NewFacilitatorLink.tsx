import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CreatedInvite, FACILITATOR_INVITE } from '../../../shared/schemas/invite';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { CreatedLink } from '../werkgroep/InvitesPanel';

/** What the admin is told about every facilitator link: once, and not for long. */
export function useFacilitatorLinkNote(): string {
  const { t } = useTranslation();
  return t('admin.facilitatorLinkRules', { count: FACILITATOR_INVITE.expiresInDays });
}

/**
 * A new link for a werkgroep's facilitator (the first was lost, forwarded or not used in time): the
 * facilitator links still open stop working, the new one is shown once.
 */
export function NewFacilitatorLink({ werkgroepId, name }: { werkgroepId: string; name: string }) {
  const { t } = useTranslation();
  const note = useFacilitatorLinkNote();
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const make = useAction(async () => {
    setCreated(await api('newFacilitatorInvite', { params: { werkgroepId } }));
  });
  return (
    <div className="new-facilitator-link">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => void make.run()}
      >
        {t('admin.newFacilitatorLink')}
        <span className="visually-hidden"> ({name})</span>
      </button>
      <div role="status">{make.error && <Paragraph className="form-error">{make.error}</Paragraph>}</div>
      {created && <CreatedLink created={created} note={`${t('admin.oldLinkWithdrawn')} ${note}`} />}
    </div>
  );
}
