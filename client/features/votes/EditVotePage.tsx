import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import { NewVotePage } from './NewVotePage';

/** `…/stemmingen/<vote>/bewerken`: the vote form, filled in, for a draft; an opened vote stays as it is. */
export function EditVotePage() {
  const { t } = useTranslation();
  const { voteId = '' } = useParams();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const vote = useResource(`vote-edit:${voteId}`, () => api('getVote', { params: { werkgroepId, voteId } }));
  if (vote.state === 'loading') return <Loading />;
  if (vote.state === 'error') return <ErrorState error={vote.error} onRetry={vote.reload} />;
  if (vote.data.status !== 'draft' || vote.data.boardId !== null)
    return (
      <div className="page page--narrow">
        <Heading1>{t('votes.form.editTitle')}</Heading1>
        <Paragraph>{t('votes.form.notDraft')}</Paragraph>
        <p>
          <Link to={`/w/${werkgroepId}/stemmingen/${voteId}`} className="utrecht-link">
            {t('votes.form.toVote')}
          </Link>
        </p>
      </div>
    );
  return <NewVotePage draft={vote.data} />;
}
