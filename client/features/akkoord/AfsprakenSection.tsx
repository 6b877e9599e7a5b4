import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditAkkoord } from '../../../shared/akkoord/access';
import type { CreateAfspraak } from '../../../shared/akkoord/afspraak';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { AfspraakForm } from './AfspraakForm';
import { AfspraakItem } from './AfspraakItem';
import { moveId } from './akkoordModel';
import type { AkkoordScreen } from './akkoordScreen';

/** The afspraken in their order, each with its progress; adding, changing and ordering while concept. */
export function AfsprakenSection({ screen }: { screen: AkkoordScreen }) {
  const { t } = useTranslation();
  const headingId = useId();
  const frozenNoteId = useId();
  const werkgroepId = screen.werkgroepId;
  const afspraken = [...screen.view.afspraken].sort((a, b) => a.position - b.position);
  const ids = afspraken.map((a) => a.id);
  // The afspraak just moved by keyboard: its button keeps focus at its new place.
  const [moved, setMoved] = useState<{ id: string; delta: -1 | 1 } | null>(null);
  const move = useAction(async (id: string, delta: -1 | 1) => {
    const order = moveId(ids, id, delta);
    if (!order) return;
    await api('reorderAfspraken', { params: { werkgroepId }, body: { ids: order } });
    setMoved({ id, delta });
    screen.reload();
  });
  const add = async (body: CreateAfspraak) => {
    await api('createAfspraak', { params: { werkgroepId }, body });
    screen.reload();
  };
  // A contributor sees why the buttons do nothing now, instead of wondering where they went.
  const frozenForMe = screen.frozen && mayEditAkkoord(screen.actor);
  return (
    <section aria-labelledby={headingId} className="akkoord__afspraken">
      <h2 id={headingId} className="utrecht-heading-2">
        {t('akkoord.afspraken')}
      </h2>
      {frozenForMe && (
        <p id={frozenNoteId} className="akkoord__note">
          {t('akkoord.afsprakenFrozen')}
        </p>
      )}
      {afspraken.length === 0 ? (
        <p className="muted">{t('akkoord.noAfspraken')}</p>
      ) : (
        <ol className="afspraken">
          {afspraken.map((a, i) => (
            <AfspraakItem
              key={a.id}
              screen={screen}
              afspraak={a}
              number={i + 1}
              first={i === 0}
              last={i === afspraken.length - 1}
              frozenNoteId={frozenForMe ? frozenNoteId : undefined}
              focusMove={moved?.id === a.id ? moved.delta : null}
              onMove={(delta) => void move.run(a.id, delta)}
            />
          ))}
        </ol>
      )}
      {move.error && (
        <p role="alert" className="form-error">
          {move.error}
        </p>
      )}
      {screen.mayEdit && (
        <details className="disclosure afspraken__new">
          <summary className="disclosure__summary">{t('akkoord.afspraak.new')}</summary>
          <AfspraakForm screen={screen} afspraak={null} onSubmit={add} />
        </details>
      )}
    </section>
  );
}
