export type StatusTone = 'ok' | 'busy' | 'warning' | 'error';

/** A status line that screen readers announce politely when it changes. */
export function StatusBadge({ tone, text }: { tone: StatusTone; text: string }) {
  return (
    <p className={`status status--${tone}`} role="status" aria-live="polite" data-tone={tone}>
      <span className="status__dot" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
