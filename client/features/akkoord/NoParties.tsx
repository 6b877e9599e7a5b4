import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No parties to choose from yet: they are added in the wijknetwerk, one click away. */
export function NoParties({ werkgroepId }: { werkgroepId: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted">
      {t('akkoord.noParties')}{' '}
      <Link to={`/w/${werkgroepId}/netwerk`} className="utrecht-link">
        {t('akkoord.toNetwork')}
      </Link>
    </p>
  );
}
