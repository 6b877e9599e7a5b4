import { useTranslation } from 'react-i18next';
import { UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import { TextField } from '../network/forms/fields';
import type { FieldError } from '../network/forms/formModel';

type Milestone = { day: string; label: string };

/** The milestones of an actie: a day and a label each, added and removed one by one. */
export function MilestoneFields({
  value,
  onChange,
  errors,
}: {
  value: readonly Milestone[];
  onChange: (milestones: Milestone[]) => void;
  errors: Record<string, FieldError>;
}) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<Milestone>) =>
    onChange(value.map((m, j) => (j === i ? { ...m, ...change } : m)));
  return (
    <fieldset className="network-form__checks milestone-fields">
      <legend>{t('uitvoering.form.milestones')}</legend>
      <ol className="milestone-fields__list">
        {value.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their place is what they are.
          <li key={i} className="milestone-fields__row">
            <TextField
              label={t('uitvoering.form.milestoneDay', { number: i + 1 })}
              type="date"
              value={m.day}
              onChange={(day) => set(i, { day })}
              error={errors[`milestones.${i}.day`] ? { key: 'date' } : undefined}
            />
            <TextField
              label={t('uitvoering.form.milestoneLabel', { number: i + 1 })}
              value={m.label}
              onChange={(label) => set(i, { label })}
              error={errors[`milestones.${i}.label`]}
              maxLength={UITVOERING_LIMITS.milestoneLabelLength}
            />
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('uitvoering.form.milestoneRemove', { number: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      {value.length < UITVOERING_LIMITS.milestones && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onChange([...value, { day: '', label: '' }])}
        >
          {t('uitvoering.form.milestoneAdd')}
        </button>
      )}
    </fieldset>
  );
}
