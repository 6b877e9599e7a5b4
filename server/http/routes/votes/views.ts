/**
 * Moved to server/domain/votes/presenter.ts. Kept only so that roomState.ts and the exports router
 * (other areas of issue 16) build until they import the domain directly; then delete this file.
 */
export { loadVoteView, presentDecision, presentVote } from '../../../domain/votes/presenter';
