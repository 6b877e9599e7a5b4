import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { signableFor, voidedByReopening } from './akkoordModel';
import type { AkkoordScreen } from './akkoordScreen';
import { FreezeDialog } from './FreezeDialog';
import { SignaturesList } from './SignaturesList';
import { SignForm } from './SignForm';
import { SigningLinks } from './SigningLinks';

/** The id of the signing part of the page (a link at the top leads there). */
export const SIGNING_ANCHOR = 'ondertekenen';

/**
 * Signing: the facilitator freezes the text (a named version) and reopens it; members sign for their
 * party; people outside the werkgroep sign through a one-time link; everyone sees who signed.
 */
export function SigningSection({
  screen,
  onFrozen,
  onReopened,
}: {
  screen: AkkoordScreen;
  onFrozen: () => void;
  onReopened: (voided: number) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [freezing, setFreezing] = useState(false);
  const [reopening, setReopening] = useState(false);
  // Said above the forms: a form may disappear with the old version it was for.
  const [textChanged, setTextChanged] = useState(false);
  const { view, werkgroepId } = screen;
  const willVoid = voidedByReopening(view);
  const reopen = useAction(async () => {
    const answer = await api('reopenAkkoord', { params: { werkgroepId } });
    setReopening(false);
    onReopened(answer.voided);
    screen.reload();
  });
  const mine = signableFor(screen.actor, view, screen.parties);
  return (
    <section id={SIGNING_ANCHOR} aria-labelledby={headingId} className="akkoord__signing">
      <h2 id={headingId} className="utrecht-heading-2">
        {t('akkoord.signing.title')}
      </h2>
      {!screen.frozen && <p>{t('akkoord.signing.notYet')}</p>}
      {screen.mayManage && (
        <div className="actions">
          {!screen.frozen ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={view.signatories.length === 0}
              onClick={() => setFreezing(true)}
            >
              {t('akkoord.signing.freeze')}
            </button>
          ) : (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setReopening(true)}
            >
              {t('akkoord.signing.reopen')}
            </button>
          )}
        </div>
      )}
      {screen.mayManage && !screen.frozen && view.signatories.length === 0 && (
        <p className="muted">{t('akkoord.signing.chooseFirst')}</p>
      )}
      {reopen.error && (
        <p role="alert" className="form-error">
          {reopen.error}
        </p>
      )}
      {textChanged && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('akkoord.sign.changed')}</strong>
          </Paragraph>
        </Alert>
      )}
      {view.currentVersion &&
        mine.map((s) => (
          <SignForm
            key={`${s.partyId}:${view.currentVersion?.id}`}
            screen={screen}
            partyId={s.partyId}
            onTextChanged={() => setTextChanged(true)}
          />
        ))}
      {screen.mayManage && screen.frozen && <SigningLinks screen={screen} />}
      <SignaturesList screen={screen} />
      <FreezeDialog
        open={freezing}
        werkgroepId={werkgroepId}
        onClose={() => setFreezing(false)}
        onFrozen={() => {
          setFreezing(false);
          onFrozen();
          screen.reload();
        }}
      />
      <ConfirmDialog
        open={reopening}
        title={t('akkoord.signing.reopenTitle')}
        text={t('akkoord.signing.reopenText', { count: willVoid })}
        confirm={t('akkoord.signing.reopenYes')}
        cancel={t('akkoord.signing.reopenNo')}
        closeOnConfirm={false}
        onConfirm={() => void reopen.run()}
        onClose={() => setReopening(false)}
      />
    </section>
  );
}
