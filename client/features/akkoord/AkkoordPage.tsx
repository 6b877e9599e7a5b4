import './akkoord.css';
import './signing.css';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AkkoordActor, mayEditAkkoord, mayManageAkkoord } from '../../../shared/akkoord/access';
import { isFrozen } from '../../../shared/akkoord/akkoord';
import { can } from '../../../shared/permissions';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useLiveDecisions } from '../votes/useLive';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { AfsprakenSection } from './AfsprakenSection';
import { AkkoordExport } from './AkkoordExport';
import { signableFor } from './akkoordModel';
import { type AkkoordScreen, partyName } from './akkoordScreen';
import { IntroductionSection } from './IntroductionSection';
import { SignatoriesSection } from './SignatoriesSection';
import { SIGNING_ANCHOR, SigningSection } from './SigningSection';
import { StatusLine } from './StatusLine';
import { TitleForm } from './TitleForm';
import { useAkkoord, useAmbitions, useParties } from './useAkkoordData';

/**
 * The wijkakkoord of a werkgroep: its introduction (co-written live), the afspraken, who signs, the
 * signing itself and the progress on each afspraak. Every member reads it; what each may change
 * follows shared/akkoord/access.ts (the server decides the same way).
 */
export function AkkoordPage() {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const view = useAkkoord(werkgroepId);
  const parties = useParties(werkgroepId);
  const ambitions = useAmbitions(werkgroepId);
  const decisions = useLiveDecisions(room);
  // After reopening: how many signatures it voided, said until the next freeze.
  const [voided, setVoided] = useState<number | null>(null);
  const actor: AkkoordActor = useMemo(
    () => ({ memberId: detail.me.id, role: detail.me.role }),
    [detail.me.id, detail.me.role],
  );

  if (view.state === 'loading') return <Loading />;
  if (view.state === 'error') return <ErrorState error={view.error} onRetry={view.reload} />;
  const data = view.data;
  const frozen = isFrozen(data.akkoord.status);
  const screen: AkkoordScreen = {
    werkgroepId,
    view: data,
    parties,
    ambitions: ambitions.data ?? [],
    decisions,
    actor,
    frozen,
    mayEdit: mayEditAkkoord(actor) && !frozen,
    mayManage: mayManageAkkoord(actor),
    reload: view.reload,
  };
  return (
    <div className="page akkoord">
      <div className="akkoord__header">
        <Heading1>{data.akkoord.title}</Heading1>
        <StatusLine status={data.akkoord.status} />
      </div>
      <Paragraph appearance="lead">{t('akkoord.lead')}</Paragraph>
      {frozen && data.currentVersion && (
        <Alert type="info">
          <Paragraph>
            <strong>
              {t(data.akkoord.status === 'getekend' ? 'akkoord.signedBanner' : 'akkoord.frozenBanner', {
                name: data.currentVersion.name,
              })}
            </strong>
          </Paragraph>
          <Paragraph>{t('akkoord.frozenExplain')}</Paragraph>
        </Alert>
      )}
      <SignNow screen={screen} />
      {voided !== null && !frozen && (
        <Alert type="warning">
          <Paragraph>{t('akkoord.reopened', { count: voided })}</Paragraph>
        </Alert>
      )}
      {can(detail.me.role, 'document.export') && (
        <AkkoordExport werkgroepId={werkgroepId} wijk={detail.werkgroep.wijk} />
      )}
      {screen.mayEdit && <TitleForm screen={screen} />}
      <IntroductionSection screen={screen} />
      <AfsprakenSection screen={screen} />
      <SignatoriesSection screen={screen} />
      <SigningSection
        screen={screen}
        onReopened={(count) => setVoided(count)}
        onFrozen={() => setVoided(null)}
      />
    </div>
  );
}

/** A member who may sign now is told so at the top, with a way straight to the form. */
function SignNow({ screen }: { screen: AkkoordScreen }) {
  const { t } = useTranslation();
  const mine = signableFor(screen.actor, screen.view, screen.parties);
  if (mine.length === 0) return null;
  return (
    <Alert type="ok">
      <Paragraph>
        <strong>
          {t('akkoord.signNow.title', { parties: mine.map((s) => partyName(screen, s.partyId)).join(', ') })}
        </strong>{' '}
        <a href={`#${SIGNING_ANCHOR}`} className="utrecht-link">
          {t('akkoord.signNow.go')}
        </a>
      </Paragraph>
    </Alert>
  );
}
