import { can } from '../../../shared/permissions';
import type { Anchor } from '../../../shared/schemas/comment';
import type { MemberRole } from '../../../shared/schemas/member';
import type { Section } from '../../../shared/schemas/section';
import type { NewComment } from './CommentDialog';

/** A settled (vastgesteld) section is closed to my edits unless I may change settled text; commenting stays. */
export const lockedFor = (role: MemberRole, section: Pick<Section, 'status'> | undefined): boolean =>
  section?.status === 'vastgesteld' && !can(role, 'section.editLocked');

/** The body of a new thread: on the chosen words (`anchor`) or on the whole section. */
export const threadBody = (target: { anchor: Anchor | null; sectionId: string }, comment: NewComment) => ({
  sectionId: target.sectionId,
  ...(target.anchor ? { anchor: target.anchor } : {}),
  ...comment,
});

/**
 * The open section rooms by section id, after one section reported its room (or, with null, that it
 * closed it); the same object when nothing changed, so the page does not render again for nothing.
 */
export function withRoom<R>(current: Record<string, R>, id: string, room: R | null): Record<string, R> {
  if (room) return current[id] === room ? current : { ...current, [id]: room };
  if (!(id in current)) return current;
  const { [id]: _gone, ...rest } = current;
  return rest;
}
