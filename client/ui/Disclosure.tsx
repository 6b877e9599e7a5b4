import { type ReactNode, useState } from 'react';
import { PHONE_QUERY } from './useMediaQuery';

/**
 * Details that can be folded (a native <details>, so keyboard and screen readers know it): open from
 * the start on a wide screen, folded on a phone, where the page's main task comes first.
 */
export function Disclosure({
  summary,
  children,
  className = '',
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  // Decided once, when the page opens: turning the phone later does not undo what the person chose.
  const [openAtFirst] = useState(() => !window.matchMedia(PHONE_QUERY).matches);
  return (
    <details className={`disclosure ${className}`} open={openAtFirst}>
      <summary className="disclosure__summary">{summary}</summary>
      {children}
    </details>
  );
}
