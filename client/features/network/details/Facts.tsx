import type { ReactNode } from 'react';

/** A record's facts as a description list; facts without a value are left out. */
export function Facts({ facts }: { facts: readonly [string, ReactNode][] }) {
  const shown = facts.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  return (
    <dl className="network-facts">
      {shown.map(([label, value]) => (
        <div key={label} className="network-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
