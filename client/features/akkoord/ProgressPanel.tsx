import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayReportProgress } from '../../../shared/akkoord/access';
import type { Afspraak } from '../../../shared/akkoord/afspraak';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import {
  createProgressSchema,
  PROGRESS_STATUSES,
  type ProgressStatus,
} from '../../../shared/akkoord/progress';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { formatDay, progressOf, todayDay } from './akkoordModel';
import { type AkkoordScreen, partyName } from './akkoordScreen';

/** An afspraak's latest status, its history, and a dated update by a committing party. */
export function ProgressPanel({
  screen,
  afspraak,
  number,
}: {
  screen: AkkoordScreen;
  afspraak: Afspraak;
  number: number;
}) {
  const { t, i18n } = useTranslation();
  const history = progressOf(screen.view.progress, afspraak.id);
  const latest = history[0];
  const reportFor = afspraak.partyIds.filter((partyId) =>
    mayReportProgress(
      screen.actor,
      afspraak,
      partyId,
      screen.parties.find((p) => p.id === partyId),
    ),
  );
  return (
    <div className="progress">
      <p className="progress__latest">
        <span>{t('akkoord.progress.latest')} </span>
        <span className={`progress-badge progress-badge--${latest?.status ?? 'none'}`}>
          {latest ? t(`akkoord.progress.status.${latest.status}`) : t('akkoord.progress.none')}
        </span>
        {latest && <span className="muted"> · {formatDay(latest.date, i18n.language)}</span>}
      </p>
      {history.length > 0 && (
        <details className="disclosure">
          <summary className="disclosure__summary">
            {t('akkoord.progress.history', { count: history.length, number })}
          </summary>
          <ol className="progress__history">
            {history.map((e) => (
              <li key={e.id}>
                <strong>{t(`akkoord.progress.status.${e.status}`)}</strong>{' '}
                <span className="muted">
                  {formatDay(e.date, i18n.language)} · {partyName(screen, e.partyId)}
                </span>
                {e.text && <p>{e.text}</p>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {reportFor.length > 0 && (
        <details className="disclosure">
          <summary className="disclosure__summary">{t('akkoord.progress.add', { number })}</summary>
          <ProgressForm screen={screen} afspraakId={afspraak.id} partyIds={reportFor} />
        </details>
      )}
    </div>
  );
}

function ProgressForm({
  screen,
  afspraakId,
  partyIds,
}: {
  screen: AkkoordScreen;
  afspraakId: string;
  partyIds: string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<ProgressStatus>('loopt');
  const [date, setDate] = useState(todayDay);
  const [text, setText] = useState('');
  const [partyId, setPartyId] = useState(partyIds[0] ?? '');
  const [done, setDone] = useState(false);
  const send = useAction(async () => {
    const body = createProgressSchema.parse({ status, date, text, partyId });
    await api('addProgress', { params: { werkgroepId: screen.werkgroepId, afspraakId }, body });
    setText('');
    setDone(true);
    screen.reload();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    void send.run();
  };
  return (
    <form className="form-row progress__form" onSubmit={submit}>
      {partyIds.length > 1 && (
        <div className="form-row__field">
          <label htmlFor={`${id}-p`}>{t('akkoord.progress.party')}</label>
          <select
            id={`${id}-p`}
            className="utrecht-select"
            value={partyId}
            onChange={(e) => setPartyId(e.target.value)}
          >
            {partyIds.map((p) => (
              <option key={p} value={p}>
                {partyName(screen, p)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-row__field">
        <label htmlFor={`${id}-s`}>{t('akkoord.progress.statusField')}</label>
        <select
          id={`${id}-s`}
          className="utrecht-select"
          value={status}
          onChange={(e) => setStatus(e.target.value as ProgressStatus)}
        >
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`akkoord.progress.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row__field form-row__field--small">
        <label htmlFor={`${id}-d`}>{t('akkoord.progress.date')}</label>
        <input
          id={`${id}-d`}
          type="date"
          required
          className="utrecht-textbox utrecht-textbox--html-input"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="form-row__field progress__text">
        <label htmlFor={`${id}-t`}>{t('akkoord.progress.text')}</label>
        <textarea
          id={`${id}-t`}
          className="utrecht-textarea"
          rows={2}
          maxLength={AKKOORD_LIMITS.progressTextLength}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={send.pending}>
        {t('akkoord.progress.send')}
      </button>
      {send.error && (
        <p role="alert" className="form-error">
          {send.error}
        </p>
      )}
      {done && <p role="status">{t('akkoord.progress.sent')}</p>}
    </form>
  );
}
