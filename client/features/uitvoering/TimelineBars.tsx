import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { positionIn, type ThemeGroup, timelineRange } from '../../../shared/uitvoering/timeline';
import { STATUS_TONE, useDateWords } from './words';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * The same acties as bars in time, for wide screens and the A3 print. The list is the accessible view:
 * this one repeats it for the eye and is hidden from screen readers (its heading says the list follows).
 */
export function TimelineBars({ groups }: { groups: readonly ThemeGroup[] }) {
  const { t } = useTranslation();
  const { day } = useDateWords();
  const range = timelineRange(groups.flatMap((g) => g.acties));
  if (!range) return null;
  return (
    <section className="timeline-bars" aria-labelledby="timeline-bars-title">
      <h2 id="timeline-bars-title" className="utrecht-heading-2">
        {t('uitvoering.timelineBars')}
      </h2>
      <p className="timeline-bars__note">{t('uitvoering.timelineBarsNote')}</p>
      <div className="timeline-bars__chart" aria-hidden="true">
        <div className="timeline-bars__axis">
          <span>{day(range.from)}</span>
          <span>{day(range.to)}</span>
        </div>
        {groups.map((g) => (
          <div key={g.theme ?? 'geen'} className="timeline-bars__group">
            <div className="timeline-bars__theme">
              {g.theme ? t(`network.themes.${g.theme}`) : t('uitvoering.noTheme')}
            </div>
            {g.acties.map((a) => {
              const from = positionIn(range, a.start ?? a.end ?? range.from);
              const to = positionIn(range, a.end ?? a.start ?? range.to);
              const style: CSSProperties = { left: pct(from), width: `max(0.5rem, ${pct(to - from)})` };
              return (
                <div key={a.id} className="timeline-bars__row">
                  <span className="timeline-bars__label">{a.title}</span>
                  <span className="timeline-bars__track">
                    <span
                      className={`timeline-bars__bar timeline-bars__bar--${STATUS_TONE[a.status]}`}
                      style={style}
                    >
                      {t(`uitvoering.statuses.${a.status}`)}
                    </span>
                    {a.milestones.map((m) => (
                      <span
                        key={`${m.day}${m.label}`}
                        className="timeline-bars__milestone"
                        style={{ left: pct(positionIn(range, m.day)) }}
                        title={`${day(m.day)}: ${m.label}`}
                      />
                    ))}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
