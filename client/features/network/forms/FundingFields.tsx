import { useTranslation } from 'react-i18next';
import { NETWORK_LIMITS } from '../../../../shared/network/common';
import { TextField } from './fields';
import type { FieldError, FundingRow } from './formModel';

/** The funds an initiative draws on: name and, if known, the amount; rows are added and removed. */
export function FundingFields({
  rows,
  onChange,
  errors,
}: {
  rows: FundingRow[];
  onChange: (rows: FundingRow[]) => void;
  errors: Record<string, FieldError>;
}) {
  const { t } = useTranslation();
  const change = (index: number, row: FundingRow) => onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <fieldset className="network-form__group">
      <legend>{t('network.form.funding')}</legend>
      <p className="muted">{t('network.form.fundingHint')}</p>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their place is what they are.
        <div key={i} className="form-row network-form__funding" role="group" aria-label={t('network.form.fundingRow', { number: i + 1 })}>
          <TextField
            label={t('network.form.fundingSource')}
            value={row.source}
            onChange={(source) => change(i, { ...row, source })}
            error={errors[`funding.${i}.source`]}
            maxLength={NETWORK_LIMITS.nameLength}
          />
          <TextField
            label={t('network.form.fundingAmount')}
            value={row.amount}
            onChange={(amount) => change(i, { ...row, amount })}
            error={errors[`funding.${i}.amount`]}
          />
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('network.form.fundingRemove', { number: i + 1 })}
          </button>
        </div>
      ))}
      {rows.length < NETWORK_LIMITS.funding && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => onChange([...rows, { source: '', amount: '' }])}
        >
          {t('network.form.fundingAdd')}
        </button>
      )}
    </fieldset>
  );
}
