import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/schemas/meeting';
import { type LinkTargets, NETWORK_TARGETS } from './linkTargets';

/** One agenda item while it is being planned; `key` keeps React's rows apart, `id` is the stored item's. */
export interface DraftItem {
  key: string;
  id?: string;
  title: string;
  minutes: number;
  /** A LinkTarget value, or '' for no link. */
  link: string;
}

let counter = 0;
export const newDraftItem = (): DraftItem => ({ key: `new-${++counter}`, title: '', minutes: 10, link: '' });

/**
 * The agenda as a list of small fieldsets: title, timebox and what to show with it. Moving is by
 * buttons (up, down), so it works by keyboard and on a phone without dragging.
 */
export function AgendaEditor({
  items,
  onChange,
  targets,
}: {
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  targets: LinkTargets | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (key: string, patch: Partial<DraftItem>) =>
    onChange(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    onChange(next);
  };

  return (
    <div className="agenda-editor">
      <ol className="agenda-editor__list">
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <li key={item.key}>
              <fieldset className="agenda-editor__item">
                <legend>{t('meetings.form.itemLegend', { number: n })}</legend>
                <div className="agenda-editor__fields">
                  <div className="agenda-editor__field agenda-editor__field--title">
                    <label htmlFor={`${id}-${item.key}-title`}>{t('meetings.form.itemTitle')}</label>
                    <input
                      id={`${id}-${item.key}-title`}
                      className="utrecht-textbox utrecht-textbox--html-input"
                      required
                      maxLength={MEETING_LIMITS.itemTitleMax}
                      value={item.title}
                      onChange={(e) => set(item.key, { title: e.target.value })}
                    />
                  </div>
                  <div className="agenda-editor__field agenda-editor__field--minutes">
                    <label htmlFor={`${id}-${item.key}-minutes`}>{t('meetings.form.itemMinutes')}</label>
                    <input
                      id={`${id}-${item.key}-minutes`}
                      className="utrecht-textbox utrecht-textbox--html-input"
                      type="number"
                      inputMode="numeric"
                      required
                      min={1}
                      max={MEETING_LIMITS.itemMinutesMax}
                      value={item.minutes}
                      onChange={(e) => set(item.key, { minutes: Number(e.target.value) })}
                    />
                  </div>
                  <div className="agenda-editor__field agenda-editor__field--link">
                    <label htmlFor={`${id}-${item.key}-link`}>{t('meetings.form.itemLink')}</label>
                    <select
                      id={`${id}-${item.key}-link`}
                      className="utrecht-select utrecht-select--html-select"
                      value={item.link}
                      onChange={(e) => set(item.key, { link: e.target.value })}
                    >
                      <option value="">{t('meetings.form.noLink')}</option>
                      {targets && targets.sections.length > 0 && (
                        <optgroup label={t('meetings.form.linkSections')}>
                          {targets.sections.map((s) => (
                            <option key={s.value} value={s.value}>
                              {`${s.documentTitle}: ${s.label}`}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      {targets && targets.boards.length > 0 && (
                        <optgroup label={t('meetings.form.linkBoards')}>
                          {targets.boards.map((b) => (
                            <option key={b.value} value={b.value}>
                              {b.label}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      {targets && targets.votes.length > 0 && (
                        <optgroup label={t('meetings.form.linkVotes')}>
                          {targets.votes.map((v) => (
                            <option key={v.value} value={v.value}>
                              {v.label}
                            </option>
                          ))}
                        </optgroup>
                      )}
                      <optgroup label={t('meetings.form.linkNetwork')}>
                        {NETWORK_TARGETS.map((n) => (
                          <option key={n.value} value={n.value}>
                            {t(
                              n.view === 'graaf' ? 'meetings.form.networkGraph' : 'meetings.form.networkMap',
                            )}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </div>
                </div>
                <div className="agenda-editor__actions">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    disabled={i === 0}
                    aria-label={t('meetings.form.moveUp', { number: n })}
                    onClick={() => move(i, i - 1)}
                  >
                    <span aria-hidden="true">↑</span> {t('meetings.form.up')}
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    disabled={i === items.length - 1}
                    aria-label={t('meetings.form.moveDown', { number: n })}
                    onClick={() => move(i, i + 1)}
                  >
                    <span aria-hidden="true">↓</span> {t('meetings.form.down')}
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    aria-label={t('meetings.form.remove', { number: n })}
                    onClick={() => onChange(items.filter((x) => x.key !== item.key))}
                  >
                    {t('meetings.form.removeShort')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {items.length < MEETING_LIMITS.itemsMax && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onChange([...items, newDraftItem()])}
        >
          {t('meetings.form.addItem')}
        </button>
      )}
    </div>
  );
}
