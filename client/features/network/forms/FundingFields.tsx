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
        <fieldset key={row.id} className="network-form__funding">
          <legend>{t('network.form.fundingRow', { number: i + 1 })}</legend>
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
        </fieldset>
      ))}
      {rows.length < NETWORK_LIMITS.funding && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            onChange([...rows, { id: Math.max(-1, ...rows.map((r) => r.id)) + 1, source: '', amount: '' }])
          }
        >
          {t('network.form.fundingAdd')}
        </button>
      )}
    </fieldset>
  );
}
