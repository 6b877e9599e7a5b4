import { useEffect, useId, useRef } from 'react';

/**
 * "Are you sure?" before something that cannot be undone: a modal native <dialog> (focus stays in it,
 * Escape closes it, focus goes back to what opened it). "No" has focus, so a stray Enter is safe.
 * `onClose` is called whenever it closes (No, Escape, or `open` turning false).
 */
export function ConfirmDialog({
  open,
  title,
  text,
  confirm,
  cancel,
  closeOnConfirm = true,
  error = null,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  /** The button that does it ("Ja, afsluiten"). */
  confirm: string;
  /** The button that does not ("Nee, doorgaan"). */
  cancel: string;
  /**
   * Close right after `onConfirm` (the default). False: the caller closes it (sets `open` false) only
   * once the action succeeded, so on a refusal it stays open with its question.
   */
  closeOnConfirm?: boolean;
  /** Why the action was refused, said in the dialog itself (the page behind it is inert while open). */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  const ids = { title: useId(), text: useId() };
  // Whatever had focus before (the button that opened it) gets it back after.
  const before = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      before.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      no.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog confirm-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.text}
      onClose={() => {
        before.current?.focus();
        onClose();
      }}
    >
      <h2 id={ids.title} className="utrecht-heading-2">
        {title}
      </h2>
      <p id={ids.text}>{text}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button
          ref={no}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => ref.current?.close()}
        >
          {cancel}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => {
            onConfirm();
            if (closeOnConfirm) ref.current?.close();
          }}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
