import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../../shared/network/initiative';
import { RELATION_KINDS } from '../../../../shared/network/relation';
import type { DrawnKind } from './elements';
import { BoxIcon, LineIcon, ShapeIcon } from './LegendIcons';
import { COALITION_COLOR, KIND_LOOK, LINK_LOOK, OVERLAP_LOOK, RELATION_LOOK, STATUS_LOOK } from './palette';

/**
 * What the shapes, borders and lines mean. Only the kinds and statuses present are listed (a legend
 * of eleven unused shapes helps no one); lines are always listed, they are few.
 */
export function Legend({ kinds, headingId }: { kinds: ReadonlySet<DrawnKind>; headingId: string }) {
  const { t } = useTranslation();
  const shownKinds = (Object.keys(KIND_LOOK) as DrawnKind[]).filter((k) => kinds.has(k));
  return (
    <section className="graph-legend" aria-labelledby={headingId}>
      <h2 className="graph-legend__title" id={headingId}>
        {t('networkGraph.legend.title')}
      </h2>
      <div className="graph-legend__groups">
        <ul className="graph-legend__list" aria-label={t('networkGraph.legend.parties')}>
          {shownKinds.map((k) => (
            <li key={k}>
              <ShapeIcon shape={KIND_LOOK[k].shape} color={KIND_LOOK[k].color} />
              {t(`networkGraph.kind.${k}`)}
            </li>
          ))}
          <li>
            <ShapeIcon shape="ellipse" color="#ffffff" ring={COALITION_COLOR} />
            {t('networkGraph.legend.coalition')}
          </li>
        </ul>
        <ul className="graph-legend__list" aria-label={t('networkGraph.legend.initiatives')}>
          {INITIATIVE_STATUSES.map((s) => (
            <li key={s}>
              <BoxIcon {...STATUS_LOOK[s]} />
              {t('networkGraph.legend.initiative', { status: t(`networkGraph.status.${s}`) })}
            </li>
          ))}
        </ul>
        <ul className="graph-legend__list" aria-label={t('networkGraph.legend.lines')}>
          {RELATION_KINDS.map((k) => (
            <li key={k}>
              <LineIcon {...RELATION_LOOK[k]} />
              {t(`networkGraph.relation.${k}`)}
            </li>
          ))}
          <li>
            <LineIcon color={LINK_LOOK.lead} line="solid" width={2} arrow />
            {t('networkGraph.legend.lead')}
          </li>
          <li>
            <LineIcon color={LINK_LOOK.partner} line="solid" width={2} />
            {t('networkGraph.legend.partner')}
          </li>
          <li>
            <LineIcon color={OVERLAP_LOOK.open} line="dashed" width={4} />
            {t('networkGraph.legend.overlap')}
          </li>
          <li>
            <LineIcon color={OVERLAP_LOOK.afgestemd} line="dashed" width={2} />
            {t('networkGraph.legend.overlapMarked')}
          </li>
        </ul>
      </div>
    </section>
  );
}
