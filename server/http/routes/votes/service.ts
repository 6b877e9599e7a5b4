/**
 * Moved to server/domain/votes/service.ts. Kept only so that the boards router (another area of
 * issue 16) builds until it imports the domain directly; then delete this file.
 */
export { voteService } from '../../../domain/votes/service';
