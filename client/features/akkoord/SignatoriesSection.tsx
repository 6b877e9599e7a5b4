import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Signatory, signatoryWarnings } from '../../../shared/akkoord/signatory';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { byGroup, formatDay, SIGN_GROUPS, validSignatures } from './akkoordModel';
import { type AkkoordScreen, partyKind, partyName } from './akkoordScreen';
import { SignatoriesForm } from './SignatoriesForm';

/**
 * Who signs: bewoners and gemeente side by side, the other partners beside them, each with who
 * signs for it and whether it signed. Warns (as the server does) when bewoners or gemeente are missing.
 */
export function SignatoriesSection({ screen }: { screen: AkkoordScreen }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // Names of the members named as representatives (every member may read who is in the werkgroep).
  const members = useResource(`members:${screen.werkgroepId}`, () =>
    api('listMembers', { params: { werkgroepId: screen.werkgroepId } }),
  );
  const memberName = (id: string) => members.data?.find((m) => m.id === id)?.displayName;
  const { signatories } = screen.view;
  const groups = byGroup(signatories, (s) => partyKind(screen, s.partyId));
  const warnings = signatoryWarnings(signatories.map((s) => partyKind(screen, s.partyId)));
  const signed = new Map(validSignatures(screen.view).map((s) => [s.partyId, s]));
  const who = (s: Signatory) => {
    if (s.representative.kind === 'outside') return t('akkoord.signatories.outside');
    const name = s.representative.memberId ? memberName(s.representative.memberId) : undefined;
    return name ? t('akkoord.signatories.namedMember', { name }) : t('akkoord.signatories.anyMember');
  };
  return (
    <section aria-labelledby={headingId} className="akkoord__signatories">
      <h2 id={headingId} className="utrecht-heading-2">
        {t('akkoord.signatories.title')}
      </h2>
      {signatories.length === 0 ? (
        <p className="muted">{t('akkoord.signatories.none')}</p>
      ) : (
        <div className="akkoord-columns akkoord-columns--three">
          {SIGN_GROUPS.map((g) => (
            <div key={g} className={`signatory-column signatory-column--${g}`}>
              <h3 className="utrecht-heading-3">{t(`akkoord.groups.${g}`)}</h3>
              {groups[g].length === 0 ? (
                <p className="muted">{t('akkoord.signatories.emptyGroup')}</p>
              ) : (
                <ul className="signatory-list">
                  {groups[g].map((s) => {
                    const sig = signed.get(s.partyId);
                    return (
                      <li key={s.partyId} className="signatory">
                        <strong>{partyName(screen, s.partyId)}</strong>
                        <span className="muted">{who(s)}</span>
                        {screen.frozen && (
                          <span className={sig ? 'signatory__signed' : 'signatory__open'}>
                            {sig
                              ? t('akkoord.signatories.signedOn', {
                                  date: formatDay(sig.signedAt, i18n.language),
                                })
                              : t('akkoord.signatories.notYet')}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      {warnings.length > 0 && (
        <Alert type="warning">
          {warnings.map((w) => (
            <Paragraph key={w}>{t(`akkoord.signatories.warnings.${w}`)}</Paragraph>
          ))}
        </Alert>
      )}
      {screen.mayManage && !screen.frozen && <SignatoriesForm screen={screen} members={members.data ?? []} />}
      {screen.mayManage && screen.frozen && (
        <p className="akkoord__note">{t('akkoord.signatories.frozen')}</p>
      )}
    </section>
  );
}
