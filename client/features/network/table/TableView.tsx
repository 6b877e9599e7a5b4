import { useMemo } from 'react';
import { overlapCounts, overlapItems } from '../overlaps/overlapState';
import { useWords } from '../useWords';
import type { NetworkViewProps } from '../viewProps';
import { InitiativesTable } from './InitiativesTable';
import { PartiesTable } from './PartiesTable';
import { RelationsTable } from './RelationsTable';

/**
 * The table view: the accessible equivalent of the graph and the map (the default on a phone). Parties,
 * initiatives and relations in three sections; every record opens into the details beside the view,
 * where all it holds is shown and every action is a button.
 */
export function TableView({ view, shown, selectedId, onSelect }: NetworkViewProps) {
  const { lang } = useWords();
  const overlaps = useMemo(
    () => overlapCounts(overlapItems(view, shown.overlaps, lang)),
    [view, shown, lang],
  );
  return (
    <div className="network-table-view">
      <PartiesTable
        parties={shown.parties}
        initiatives={shown.initiatives}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      <InitiativesTable
        initiatives={shown.initiatives}
        overlaps={overlaps}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      <RelationsTable relations={shown.relations} />
    </div>
  );
}
