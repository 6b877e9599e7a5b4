import type { AkkoordActor } from '../../../shared/akkoord/access';
import type { AkkoordView } from '../../../shared/akkoord/view';
import type { Party } from '../../../shared/network/party';
import type { Decision } from '../../../shared/schemas/decision';
import type { Ambition } from './useAkkoordData';

/** What every part of the akkoord page reads: the akkoord, its surroundings and my rights in it. */
export interface AkkoordScreen {
  werkgroepId: string;
  view: AkkoordView;
  /** The wijknetwerk's parties (live). */
  parties: Party[];
  /** The sections of the werkgroep's documents. */
  ambitions: Ambition[];
  /** The besluitenlijst (live). */
  decisions: Decision[];
  actor: AkkoordActor;
  /** Frozen for signing (or signed): the text cannot change. */
  frozen: boolean;
  /** May change the introduction and afspraken now (a contributor, while concept). */
  mayEdit: boolean;
  /** The facilitator: signatories, freezing, reopening, signing links. */
  mayManage: boolean;
  /** Read the akkoord again (after an action of mine; others' changes come through the mirror room). */
  reload: () => void;
}

/** A party's name as the network has it now, else as the frozen text named it, else a placeholder. */
export function partyName(screen: Pick<AkkoordScreen, 'parties' | 'view'>, partyId: string): string {
  const live = screen.parties.find((p) => p.id === partyId);
  if (live) return live.name;
  const frozen = screen.view.currentVersion?.snapshot.parties.find((p) => p.id === partyId);
  return frozen?.name ?? '…';
}

/** A party's kind, from the network or the frozen text. */
export function partyKind(screen: Pick<AkkoordScreen, 'parties' | 'view'>, partyId: string): string {
  const live = screen.parties.find((p) => p.id === partyId);
  if (live) return live.kind;
  const snap = screen.view.currentVersion?.snapshot;
  return (
    snap?.signatories.find((p) => p.id === partyId)?.kind ??
    snap?.parties.find((p) => p.id === partyId)?.kind ??
    'overig'
  );
}
