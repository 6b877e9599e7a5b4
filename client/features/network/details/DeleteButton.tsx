import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../api/useAction';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

/**
 * "Verwijderen" with a question first; stays open with the question when the server refuses, and says
 * why in it (a party still in the wijkakkoord or an actie: party_in_use, worded from its params).
 */
export function DeleteButton({
  label,
  fullLabel,
  question,
  text,
  remove,
}: {
  /** The button's words, naming what goes ("Verwijder Portaal"). */
  label: string;
  /** A longer name for screen readers when several such buttons are near (starts with `label`). */
  fullLabel?: string;
  question: string;
  text: string;
  remove: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const action = useAction(async () => {
    await remove();
    setAsking(false);
  });
  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action network-danger"
        aria-label={fullLabel}
        onClick={() => {
          action.reset();
          setAsking(true);
        }}
      >
        {label}
      </button>
      {action.error && !asking && (
        <p className="form-error" role="alert">
          {action.error}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={question}
        text={text}
        confirm={t('network.delete.yes')}
        cancel={t('network.delete.no')}
        closeOnConfirm={false}
        error={action.error}
        onConfirm={() => void action.run()}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
