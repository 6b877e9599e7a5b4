import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/MeContext';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';

/** My werkgroepen; without any, how to join. */
export function OverviewPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.state === 'loading') return <Loading />;
  if (me.state === 'error') return <ErrorState error={me.error} onRetry={me.reload} />;
  const { memberships, isAdmin } = me.data;
  return (
    <div className="page page--narrow">
      {memberships.length === 0 ? (
        <>
          <Heading1>{t('overview.noneTitle')}</Heading1>
          <Paragraph appearance="lead">{t('overview.none')}</Paragraph>
          <Paragraph>{t('overview.noneHow')}</Paragraph>
        </>
      ) : (
        <>
          <Heading1>{t('overview.title')}</Heading1>
          <Paragraph appearance="lead">{t('overview.intro')}</Paragraph>
          <ul className="card-list">
            {memberships.map(({ werkgroep, member }) => (
              <li key={werkgroep.id} className="card-list__item">
                <Heading2 className="card-list__title">
                  <Link to={`/w/${werkgroep.id}`} className="utrecht-link card-list__link">
                    {werkgroep.name}
                  </Link>
                </Heading2>
                <span>{t('werkgroep.subtitle', { wijk: werkgroep.wijk, gemeente: werkgroep.gemeente })}</span>
                <span className="muted">{t('overview.youAre', { role: t(`roles.${member.role}`) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {isAdmin && (
        <p>
          <Link to="/beheer" className="utrecht-link">
            {t('overview.admin')}
          </Link>
        </p>
      )}
    </div>
  );
}
