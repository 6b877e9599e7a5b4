import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import { ArchivePanel } from '../export/ArchivePanel';
import { CompositionPanel } from './CompositionPanel';
import { InvitesPanel } from './InvitesPanel';
import { MembersPanel } from './MembersPanel';
import { PresencePanel } from './PresencePanel';
import { SelfPanel } from './SelfPanel';
import { useWerkgroep } from './WerkgroepContext';

export function WerkgroepPage() {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const { werkgroep, me } = detail;
  return (
    <div className="page">
      <Heading1>{werkgroep.name}</Heading1>
      <Paragraph appearance="lead">
        {t('werkgroep.subtitle', { wijk: werkgroep.wijk, gemeente: werkgroep.gemeente })}
      </Paragraph>
      <p className="actions">
        <Link
          to={`/w/${werkgroep.id}/documenten`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('werkgroep.documentsLink')}
        </Link>
      </p>
      <div className="panels">
        <CompositionPanel />
        <PresencePanel />
      </div>
      {can(me.role, 'members.view') && <MembersPanel />}
      {can(me.role, 'invites.manage') && <InvitesPanel />}
      {can(me.role, 'werkgroep.export') && <ArchivePanel werkgroepId={werkgroep.id} name={werkgroep.name} />}
      <SelfPanel />
    </div>
  );
}
