import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedSigningLink } from '../../../shared/akkoord/signingLink';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { validSignatures } from './akkoordModel';
import { type AkkoordScreen, partyName } from './akkoordScreen';

/**
 * One-time signing links for parties signed for by someone outside the werkgroep. A new link is shown
 * once (only its hash is kept), with a copy button and the advice to send it personally.
 */
export function SigningLinks({ screen }: { screen: AkkoordScreen }) {
  const { t } = useTranslation();
  const [made, setMade] = useState<CreatedSigningLink | null>(null);
  const [copied, setCopied] = useState(false);
  const { view, werkgroepId } = screen;
  const signed = new Set(validSignatures(view).map((s) => s.partyId));
  const outside = view.signatories.filter(
    (s) => s.representative.kind === 'outside' && !signed.has(s.partyId),
  );
  const make = useAction(async (partyId: string) => {
    setCopied(false);
    setMade(await api('createSigningLink', { params: { werkgroepId }, body: { partyId } }));
    screen.reload();
  });
  const revoke = useAction(async (linkId: string) => {
    await api('revokeSigningLink', { params: { werkgroepId, linkId } });
    screen.reload();
  });
  const copy = async (url: string) => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  if (outside.length === 0) return null;
  const open = view.signingLinks.filter(
    (l) => l.status === 'open' && l.versionId === view.currentVersion?.id,
  );
  return (
    <div className="signing-links">
      <h3 className="utrecht-heading-3">{t('akkoord.links.title')}</h3>
      <p>{t('akkoord.links.explain')}</p>
      <ul className="signing-links__parties">
        {outside.map((s) => {
          const party = partyName(screen, s.partyId);
          const openLink = open.find((l) => l.partyId === s.partyId);
          return (
            <li key={s.partyId}>
              <strong>{party}</strong>
              <span className="muted">
                {openLink ? t('akkoord.links.hasOpen') : t('akkoord.links.noneYet')}
              </span>
              <span className="signing-links__buttons">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  disabled={make.pending}
                  onClick={() => void make.run(s.partyId)}
                >
                  {openLink ? t('akkoord.links.makeNew', { party }) : t('akkoord.links.make', { party })}
                </button>
                {openLink && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    disabled={revoke.pending}
                    onClick={() => void revoke.run(openLink.id)}
                  >
                    {t('akkoord.links.revoke', { party })}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {make.error && (
        <p role="alert" className="form-error">
          {make.error}
        </p>
      )}
      {made && (
        <div className="invite-link" role="status">
          <p>
            <strong>{t('akkoord.links.made', { party: partyName(screen, made.link.partyId) })}</strong>
          </p>
          <p className="invite-link__url">
            <code data-testid="signing-link">{made.url}</code>
          </p>
          <p>{t('akkoord.links.once')}</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void copy(made.url)}
          >
            {copied ? t('akkoord.links.copied') : t('akkoord.links.copy')}
          </button>
        </div>
      )}
      {revoke.error && (
        <p role="alert" className="form-error">
          {revoke.error}
        </p>
      )}
    </div>
  );
}
