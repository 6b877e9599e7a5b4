import './akkoord.css';
import './signing.css';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { signingTokenSchema } from '../../../shared/akkoord/common';
import type { SignedWithLink } from '../../../shared/akkoord/signingLink';
import { ApiRequestError, api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Loading } from '../../ui/Loading';
import { formatDay } from './akkoordModel';
import { FrozenText } from './FrozenText';
import { LinkSignForm } from './LinkSignForm';

const GONE_CODES = ['signing_link_used', 'signing_link_expired', 'signing_link_voided'];

/**
 * The page a one-time signing link opens, for someone outside the werkgroep (no account): the
 * frozen text, and a form to sign it for their party. A used, expired or voided link gets a plain page.
 */
export function SignPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const valid = signingTokenSchema.safeParse(token).success;
  const page = useResource(valid ? `signing:${token}` : null, () =>
    api('previewSigning', { params: { token } }),
  );
  const [signed, setSigned] = useState<SignedWithLink | null>(null);
  if (signed) return <ThankYou signed={signed} />;
  if (!valid || page.state === 'error') {
    const gone = page.error instanceof ApiRequestError && GONE_CODES.includes(page.error.code);
    return (
      <div className="page page--narrow sign-page">
        <Heading1>{gone ? t('akkoord.public.goneTitle') : t('akkoord.public.notFoundTitle')}</Heading1>
        <Alert type="warning">
          <Paragraph>{gone && page.error ? page.error.message : t('akkoord.public.notFound')}</Paragraph>
        </Alert>
        <Paragraph>{t('akkoord.public.askFacilitator')}</Paragraph>
      </div>
    );
  }
  if (page.state === 'loading') return <Loading />;
  const { werkgroep, party, version } = page.data;
  return (
    <div className="page page--narrow sign-page">
      <p className="muted">{t('akkoord.public.werkgroep', { name: werkgroep.name, wijk: werkgroep.wijk })}</p>
      <Heading1>{version.snapshot.title}</Heading1>
      <Paragraph appearance="lead">{t('akkoord.public.lead', { party: party.name })}</Paragraph>
      <Paragraph className="muted">{t('akkoord.public.version', { name: version.name })}</Paragraph>
      <FrozenText snapshot={version.snapshot} />
      <LinkSignForm
        token={token}
        party={party}
        textHash={version.textHash}
        onSigned={setSigned}
        onChanged={page.reload}
      />
    </div>
  );
}

function ThankYou({ signed }: { signed: SignedWithLink }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="page page--narrow sign-page">
      <Heading1>{t('akkoord.public.thanksTitle')}</Heading1>
      <Alert type="ok">
        <Paragraph>
          {t('akkoord.public.thanks', {
            party: signed.party.name,
            date: formatDay(signed.signedAt, i18n.language),
          })}
        </Paragraph>
      </Alert>
      <Paragraph>
        {signed.status === 'getekend' ? t('akkoord.public.allSigned') : t('akkoord.public.othersStill')}
      </Paragraph>
      <Paragraph>{t('akkoord.public.closeNow')}</Paragraph>
    </div>
  );
}
