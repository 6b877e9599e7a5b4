import './votes.css';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Decision, decisionAnchor } from '../../../shared/schemas/decision';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { ResultTable } from './ResultTable';
import { useLiveDecisions } from './useLive';

/** The besluitenlijst: every decision with its rule, figures per group and date; documents link here. */
export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const { detail, room } = useWerkgroep();
  const { hash } = useLocation();
  const werkgroepId = detail.werkgroep.id;
  const listed = useResource(`decisions:${werkgroepId}`, () =>
    api('listDecisions', { params: { werkgroepId } }),
  );
  const live = useLiveDecisions(room);
  const byId = new Map<string, Decision>((listed.data ?? []).map((d) => [d.id, d]));
  for (const d of live) byId.set(d.id, d);
  const decisions = [...byId.values()].sort((a, b) => a.number - b.number);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const [copied, setCopied] = useState<number | null>(null);

  // A link from a document (#besluit-3) scrolls to and focuses its decision once the list is there.
  useEffect(() => {
    if (!hash || decisions.length === 0) return;
    const el = document.getElementById(hash.slice(1));
    el?.scrollIntoView({ block: 'start' });
    el?.focus();
  }, [hash, decisions.length]);

  const copy = async (d: Decision) => {
    const url = `${window.location.origin}/w/${werkgroepId}/besluiten#${decisionAnchor(d.number)}`;
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(d.number);
  };

  return (
    <div className="page page--narrow">
      <Heading1>{t('decisions.title')}</Heading1>
      <Paragraph appearance="lead">{t('decisions.intro')}</Paragraph>
      <p>
        <Link to={`/w/${werkgroepId}/stemmingen`} className="utrecht-link">
          {t('decisions.toVotes')}
        </Link>
      </p>
      {listed.state === 'loading' && live.length === 0 && <Loading />}
      {listed.state === 'error' && live.length === 0 && (
        <ErrorState error={listed.error} onRetry={listed.reload} />
      )}
      {listed.state === 'ready' && decisions.length === 0 && <Paragraph>{t('decisions.none')}</Paragraph>}
      <ol className="decisions">
        {decisions.map((d) => (
          <li key={d.id} className="panel decision" id={decisionAnchor(d.number)} tabIndex={-1}>
            <h2 className="utrecht-heading-2">
              {t('decisions.heading', { number: d.number, question: d.question })}
            </h2>
            <p className="muted">
              {t('decisions.meta', {
                date: date.format(new Date(d.decidedAt)),
                rule: t(`votes.rules.${d.rule}.name`),
              })}
              {d.secret && ` · ${t('decisions.secret')}`}
            </p>
            {d.text && <p className="decision__text">{d.text}</p>}
            <ResultTable tally={d.tally} options={d.options} status="closed" />
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => void copy(d)}
            >
              {copied === d.number ? t('decisions.copied') : t('decisions.copyLink')}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
