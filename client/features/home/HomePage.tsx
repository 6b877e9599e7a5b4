import {
  ButtonLink,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newDocumentId } from '../document/newDocumentId';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <Heading1>{t('home.title')}</Heading1>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
      <div className="actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => void navigate(`/d/${newDocumentId()}`)}
        >
          {t('home.newDocument')}
        </button>
        <ButtonLink appearance="secondary-action-button" href="/d/voorbeeld">
          {t('home.openExample')}
        </ButtonLink>
      </div>
      <Heading2>{t('home.howTitle')}</Heading2>
      <OrderedList>
        <OrderedListItem>{t('home.how1')}</OrderedListItem>
        <OrderedListItem>{t('home.how2')}</OrderedListItem>
        <OrderedListItem>{t('home.how3')}</OrderedListItem>
      </OrderedList>
    </div>
  );
}
