import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The werkgroep answered "not a member": most often a guest the facilitator refused (or a member who
 * was removed) while the page was open. Say so plainly, and how to get back in, instead of a bare
 * "not allowed" with a retry that cannot help.
 */
export function NotMemberPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow stack" role="alert">
      <Heading1>{t('werkgroep.notMember.title')}</Heading1>
      <Paragraph>{t('werkgroep.notMember.text')}</Paragraph>
      <Paragraph>
        <Link to="/join" className="utrecht-link">
          {t('werkgroep.notMember.join')}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link">
          {t('werkgroep.notMember.home')}
        </Link>
      </Paragraph>
    </div>
  );
}
