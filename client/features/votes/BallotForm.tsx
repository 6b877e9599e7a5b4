import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Ballot, ballotProblem } from '../../../shared/schemas/vote';
import { type MethodBallot, methodOf } from '../../../shared/voting/methods';
import type { VoteView } from '../../../shared/voting/voteView';
import { useAction } from '../../api/useAction';
import { ballotInput } from './ballotInputs';

interface Props {
  vote: VoteView;
  /** The ballot already cast (to change it). */
  current: Ballot | null;
  submitLabel: string;
  onSubmit: (ballot: Ballot) => Promise<void>;
}

/** What keeps a ballot from being sent, in the catalogue's words when there are some; null: send it. */
function problemOf(vote: VoteView, ballot: MethodBallot | null): { key: string } | { text: string } | null {
  if (!ballot) return { key: 'votes.ballot.chooseFirst' };
  const input = ballotInput(vote.method);
  const missing = input.missing(ballot);
  if (missing) return { key: missing };
  const wrong = ballotProblem(ballot, vote);
  if (!wrong) return null;
  return input.invalidKey ? { key: input.invalidKey } : { text: wrong };
}

/**
 * A ballot for any method: the method's input (ballotInputs.tsx), "abstain" where the method has it,
 * and the same checks as the server (ballotProblem) before sending.
 */
export function BallotForm({ vote, current, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const input = ballotInput(vote.method);
  const [ballot, setBallot] = useState<MethodBallot | null>(() =>
    input.start(current && current.kind !== 'abstain' && current.kind === vote.method ? current : null),
  );
  // A problem found here before sending; the server's refusal is sendBallot's error.
  const [problem, setProblem] = useState<string | null>(null);
  const sendBallot = useAction((toSend: Ballot) => onSubmit(toSend));
  const busy = sendBallot.pending;
  const send = async (toSend: Ballot) => {
    await sendBallot.run(toSend);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    sendBallot.reset();
    const finished = ballot && input.finish(ballot);
    const refused = problemOf(vote, finished);
    if (refused) return setProblem('key' in refused ? t(refused.key) : refused.text);
    if (finished) void send(finished);
  };
  const abstain = () => {
    setProblem(null);
    void send({ kind: 'abstain' });
  };

  return (
    <form className="ballot" onSubmit={submit} noValidate>
      <input.Input vote={vote} ballot={ballot} onChange={setBallot} name={name} />
      <div className="ballot__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          {submitLabel}
        </button>
        {methodOf(vote.method).abstain && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={busy}
            onClick={abstain}
          >
            {t('votes.ballot.abstain')}
          </button>
        )}
      </div>
      <div role="alert">
        {(problem ?? sendBallot.error) && <p className="form-error">{problem ?? sendBallot.error}</p>}
      </div>
    </form>
  );
}
