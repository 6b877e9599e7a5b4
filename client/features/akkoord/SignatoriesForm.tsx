import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putSignatoriesSchema, type Representative, type Signatory } from '../../../shared/akkoord/signatory';
import type { Member } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { byGroup, fromChoice, SIGN_GROUPS, toChoice } from './akkoordModel';
import type { AkkoordScreen } from './akkoordScreen';
import { NoParties } from './NoParties';

/** The facilitator chooses the signing parties and, for each, who signs: a member or someone outside. */
export function SignatoriesForm({ screen, members }: { screen: AkkoordScreen; members: Member[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Signatory[]>(screen.view.signatories);
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    const body = putSignatoriesSchema.parse({ signatories: chosen });
    await api('putSignatories', { params: { werkgroepId: screen.werkgroepId }, body });
    setSaved(true);
    screen.reload();
  });
  const set = (partyId: string, rep: Representative | null) => {
    setSaved(false);
    setChosen((list) =>
      rep === null
        ? list.filter((s) => s.partyId !== partyId)
        : list.some((s) => s.partyId === partyId)
          ? list.map((s) => (s.partyId === partyId ? { partyId, representative: rep } : s))
          : [...list, { partyId, representative: rep }],
    );
  };
  const groups = byGroup(screen.parties, (p) => p.kind);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };
  return (
    <details className="disclosure signatories-form">
      <summary className="disclosure__summary">{t('akkoord.signatories.choose')}</summary>
      <form onSubmit={submit}>
        <p>{t('akkoord.signatories.chooseHelp')}</p>
        {screen.parties.length === 0 && <NoParties werkgroepId={screen.werkgroepId} />}
        <div className="akkoord-columns akkoord-columns--three">
          {SIGN_GROUPS.map((g) =>
            groups[g].length === 0 ? null : (
              <fieldset key={g} className="afspraak-form__fieldset">
                <legend>{t(`akkoord.groups.${g}`)}</legend>
                {groups[g].map((p) => {
                  const current = chosen.find((s) => s.partyId === p.id);
                  const selectId = `rep-${p.id}`;
                  return (
                    <div key={p.id} className="signatory-choice">
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={current !== undefined}
                          onChange={(e) =>
                            set(p.id, e.target.checked ? { kind: 'member', memberId: null } : null)
                          }
                        />
                        <span>{p.name}</span>
                      </label>
                      {current && (
                        <div className="signatory-choice__rep">
                          <label htmlFor={selectId}>
                            {t('akkoord.signatories.whoSigns', { party: p.name })}
                          </label>
                          <select
                            id={selectId}
                            className="utrecht-select"
                            value={toChoice(current.representative)}
                            onChange={(e) => set(p.id, fromChoice(e.target.value))}
                          >
                            <option value="member">{t('akkoord.signatories.optionMember')}</option>
                            {p.memberIds.map((id) => (
                              <option key={id} value={`member:${id}`}>
                                {members.find((m) => m.id === id)?.displayName ?? '…'}
                              </option>
                            ))}
                            <option value="outside">{t('akkoord.signatories.optionOutside')}</option>
                          </select>
                          {current.representative.kind === 'member' && p.memberIds.length === 0 && (
                            <p className="muted">{t('akkoord.signatories.noLinkedMember')}</p>
                          )}
                        </div>
                      )}
                    </div>
                  );
                })}
              </fieldset>
            ),
          )}
        </div>
        <div className="actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={save.pending}
          >
            {t('akkoord.signatories.save')}
          </button>
        </div>
        {save.error && (
          <p role="alert" className="form-error">
            {save.error}
          </p>
        )}
        {saved && <p role="status">{t('akkoord.signatories.saved')}</p>}
      </form>
    </details>
  );
}
