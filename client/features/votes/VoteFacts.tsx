import { useTranslation } from 'react-i18next';
import type { VoteView } from '../../../shared/voting/voteView';

/** How this vote works, in plain words: method, counting rule, who votes, secrecy, when results show (or that they are final). */
export function VoteFacts({
  vote,
}: {
  vote: Pick<
    VoteView,
    'method' | 'rule' | 'partnersAdvise' | 'secret' | 'results' | 'quorum' | 'dots' | 'maxChoices' | 'status'
  >;
}) {
  const { t } = useTranslation();
  const quorum = vote.quorum.bewoners > 0 || vote.quorum.ambtenaren > 0;
  return (
    <dl className="vote-facts">
      <dt>{t('votes.facts.method')}</dt>
      <dd>{t(`votes.methods.${vote.method}.name`, { count: vote.maxChoices ?? vote.dots ?? 0 })}</dd>
      <dt>{t('votes.facts.rule')}</dt>
      <dd>
        <strong>{t(`votes.rules.${vote.rule}.name`)}</strong>: {t(`votes.rules.${vote.rule}.explain`)}
      </dd>
      <dt>{t('votes.facts.who')}</dt>
      <dd>{vote.partnersAdvise ? t('votes.facts.whoWithPartners') : t('votes.facts.whoDefault')}</dd>
      {quorum && (
        <>
          <dt>{t('votes.facts.quorum')}</dt>
          <dd>
            {t('votes.facts.quorumText', {
              bewoners: vote.quorum.bewoners,
              ambtenaren: vote.quorum.ambtenaren,
            })}
          </dd>
        </>
      )}
      <dt>{t('votes.facts.secrecy')}</dt>
      <dd>{vote.secret ? t('votes.facts.secret') : t('votes.facts.open')}</dd>
      <dt>{t('votes.facts.results')}</dt>
      <dd>
        {vote.status === 'closed'
          ? t('votes.facts.closed')
          : vote.results === 'live'
            ? t('votes.facts.live')
            : t('votes.facts.afterClose')}
      </dd>
    </dl>
  );
}
