import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Afspraak, type CreateAfspraak, createAfspraakSchema } from '../../../shared/akkoord/afspraak';
import { AKKOORD_LIMITS } from '../../../shared/akkoord/common';
import { useAction } from '../../api/useAction';
import { byGroup, SIGN_GROUPS } from './akkoordModel';
import type { AkkoordScreen } from './akkoordScreen';
import { NoParties } from './NoParties';

type Draft = {
  what: string;
  partyIds: string[];
  byWhen: string;
  sectionIds: string[];
  decisionIds: string[];
  reporting: string;
};
const toDraft = (a: Afspraak | null): Draft => ({
  what: a?.what ?? '',
  partyIds: a?.partyIds ?? [],
  byWhen: a?.byWhen ?? '',
  sectionIds: a?.sectionIds ?? [],
  decisionIds: a?.decisionIds ?? [],
  reporting: a?.reporting ?? '',
});
const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

/**
 * Adding or changing an afspraak: what, who commits (the wijknetwerk's parties, bewoners and
 * gemeente first), by when, the ambitions and decisions it rests on, how progress is reported.
 * Checked with the same schema the server uses before it is sent.
 */
export function AfspraakForm({
  screen,
  afspraak,
  onSubmit,
  onCancel,
}: {
  screen: AkkoordScreen;
  afspraak: Afspraak | null;
  onSubmit: (body: CreateAfspraak) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(afspraak));
  const [invalid, setInvalid] = useState(false);
  const save = useAction(async (body: CreateAfspraak) => {
    await onSubmit(body);
    if (!afspraak) setDraft(toDraft(null));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = createAfspraakSchema.safeParse({ ...draft, byWhen: draft.byWhen || null });
    setInvalid(!parsed.success);
    if (parsed.success) void save.run(parsed.data);
  };
  const groups = byGroup(screen.parties, (p) => p.kind);
  return (
    <form className="stack afspraak-form" onSubmit={submit} noValidate>
      <div className="form-row__field">
        <label htmlFor={`${id}-what`}>{t('akkoord.afspraak.what')}</label>
        <textarea
          id={`${id}-what`}
          className="utrecht-textarea"
          required
          rows={3}
          maxLength={AKKOORD_LIMITS.whatLength}
          aria-invalid={invalid && draft.what.trim() === ''}
          value={draft.what}
          onChange={(e) => setDraft({ ...draft, what: e.target.value })}
        />
        {invalid && draft.what.trim() === '' && (
          <p className="form-error">{t('akkoord.afspraak.whatRequired')}</p>
        )}
      </div>
      <fieldset className="afspraak-form__fieldset">
        <legend>{t('akkoord.afspraak.parties')}</legend>
        {screen.parties.length === 0 && <NoParties werkgroepId={screen.werkgroepId} />}
        <div className="akkoord-columns akkoord-columns--three">
          {SIGN_GROUPS.map((g) =>
            groups[g].length === 0 ? null : (
              <div key={g}>
                <p className="akkoord-columns__title">{t(`akkoord.groups.${g}`)}</p>
                {groups[g].map((p) => (
                  <label key={p.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.partyIds.includes(p.id)}
                      onChange={(e) =>
                        setDraft({ ...draft, partyIds: toggle(draft.partyIds, p.id, e.target.checked) })
                      }
                    />
                    <span>{p.name}</span>
                  </label>
                ))}
              </div>
            ),
          )}
        </div>
      </fieldset>
      <div className="form-row__field form-row__field--small">
        <label htmlFor={`${id}-when`}>{t('akkoord.afspraak.byWhen')}</label>
        <input
          id={`${id}-when`}
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={draft.byWhen}
          onChange={(e) => setDraft({ ...draft, byWhen: e.target.value })}
        />
      </div>
      <BasisFields screen={screen} draft={draft} setDraft={setDraft} />
      <div className="form-row__field">
        <label htmlFor={`${id}-rep`}>{t('akkoord.afspraak.reporting')}</label>
        <textarea
          id={`${id}-rep`}
          className="utrecht-textarea"
          rows={2}
          maxLength={AKKOORD_LIMITS.reportingLength}
          placeholder={t('akkoord.afspraak.reportingHint')}
          value={draft.reporting}
          onChange={(e) => setDraft({ ...draft, reporting: e.target.value })}
        />
      </div>
      <div className="actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.pending}
        >
          {afspraak ? t('akkoord.afspraak.save') : t('akkoord.afspraak.add')}
        </button>
        {onCancel && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={onCancel}
          >
            {t('akkoord.cancel')}
          </button>
        )}
      </div>
      {save.error && (
        <p role="alert" className="form-error">
          {save.error}
        </p>
      )}
    </form>
  );
}

/** The ambitions (document sections) and decisions an afspraak rests on. */
function BasisFields({
  screen,
  draft,
  setDraft,
}: {
  screen: AkkoordScreen;
  draft: Draft;
  setDraft: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="afspraak-form__fieldset">
      <legend>{t('akkoord.afspraak.basis')}</legend>
      <div className="akkoord-columns akkoord-columns--two">
        <div>
          <p className="akkoord-columns__title">{t('akkoord.afspraak.ambitions')}</p>
          {screen.ambitions.length === 0 && <p className="muted">{t('akkoord.afspraak.noAmbitions')}</p>}
          {screen.ambitions.map((s) => (
            <label key={s.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.sectionIds.includes(s.id)}
                onChange={(e) =>
                  setDraft({ ...draft, sectionIds: toggle(draft.sectionIds, s.id, e.target.checked) })
                }
              />
              <span>
                {s.title} <span className="muted">({s.document})</span>
              </span>
            </label>
          ))}
        </div>
        <div>
          <p className="akkoord-columns__title">{t('akkoord.afspraak.decisions')}</p>
          {screen.decisions.length === 0 && <p className="muted">{t('akkoord.afspraak.noDecisions')}</p>}
          {screen.decisions.map((d) => (
            <label key={d.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.decisionIds.includes(d.id)}
                onChange={(e) =>
                  setDraft({ ...draft, decisionIds: toggle(draft.decisionIds, d.id, e.target.checked) })
                }
              />
              <span>{t('akkoord.afspraak.decision', { number: d.number, title: d.text || d.question })}</span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
