import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InitiativeForm } from '../forms/InitiativeForm';
import { PartyForm } from '../forms/PartyForm';
import { RelationForm } from '../forms/RelationForm';
import { type Editing, useNetwork } from '../NetworkContext';
import type { OverlapItemData } from '../overlaps/overlapState';
import { InitiativeDetails } from './InitiativeDetails';
import { PartyDetails } from './PartyDetails';

/**
 * Beside the view (below it on a phone): the opened party or initiative, or the form to add or change
 * one. Its heading gets focus when it opens, so a keyboard or screen reader user lands on it.
 */
export function SidePanel({
  selectedId,
  editing,
  overlaps,
  onEdited,
}: {
  selectedId: string | null;
  editing: Editing | null;
  overlaps: readonly OverlapItemData[];
  /** A form closed (saved or not); the id to open then, if any. */
  onEdited: (openId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { view, open } = useNetwork();
  const panel = useRef<HTMLElement>(null);
  const party = view.parties.find((p) => p.id === (editing ? editing.id : selectedId)) ?? null;
  const initiative = view.initiatives.find((i) => i.id === (editing ? editing.id : selectedId)) ?? null;
  const key = editing ? `${editing.kind}:${editing.id ?? 'new'}` : (selectedId ?? '');
  useEffect(() => {
    if (key === '') return;
    const heading = panel.current?.querySelector<HTMLElement>('h2');
    heading?.focus();
    heading?.scrollIntoView({ block: 'nearest' });
  }, [key]);

  let content: React.ReactNode = null;
  if (editing?.kind === 'party') content = <PartyForm key={key} party={party} onDone={onEdited} />;
  else if (editing?.kind === 'initiative')
    content = <InitiativeForm key={key} initiative={initiative} onDone={onEdited} />;
  else if (editing?.kind === 'relation')
    content = (
      <RelationForm
        key={key}
        relation={view.relations.find((r) => r.id === editing.id) ?? null}
        fromPartyId={editing.fromPartyId}
        onDone={() => onEdited(editing.fromPartyId ?? selectedId)}
      />
    );
  else if (party || initiative)
    content = (
      <>
        <div className="network-details__head">
          <h2 className="utrecht-heading-2" tabIndex={-1}>
            {(party ?? initiative)?.name}
          </h2>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle network-details__close"
            onClick={() => open(null)}
          >
            {t('network.details.close')}
          </button>
        </div>
        {party ? (
          <PartyDetails party={party} />
        ) : initiative ? (
          <InitiativeDetails initiative={initiative} overlaps={overlaps} />
        ) : null}
      </>
    );
  else if (selectedId) content = <p role="status">{t('network.details.gone')}</p>;
  if (!content) return null;
  return (
    <section
      ref={panel}
      className="panel network-side"
      aria-label={t('network.details.label')}
      // Escape closes a record's details (not a form: what was typed there would be lost).
      onKeyDown={(e) => {
        const inside = e.target instanceof Element ? e.target : null;
        if (e.key !== 'Escape' || editing || inside?.closest('dialog, form, textarea')) return;
        open(null);
      }}
    >
      {content}
    </section>
  );
}
