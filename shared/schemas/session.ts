import { z } from 'zod';
import { memberSchema } from './member';
import { werkgroepSchema } from './werkgroep';

export const membershipSchema = z.object({ werkgroep: werkgroepSchema, member: memberSchema });
export type Membership = z.infer<typeof membershipSchema>;

/** Who the caller is: an anonymous person with zero or more memberships, maybe the instance admin. */
export const meSchema = z.object({
  signedIn: z.boolean(),
  isAdmin: z.boolean(),
  memberships: z.array(membershipSchema),
});
export type Me = z.infer<typeof meSchema>;

/** Returned when joining: the member, and the session token for API clients (browsers get a cookie). */
export const joinedSchema = z.object({ membership: membershipSchema, token: z.string() });

export const adminSetupSchema = z.object({ setupToken: z.string().min(16).max(200) });
