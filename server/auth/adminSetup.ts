import { newToken, safeEqual } from './tokens';

/**
 * Without ADMIN_TOKEN, the server makes a one-time setup token at start and prints a link with it;
 * the first person to use it becomes instance admin (with a normal session), then it is gone.
 */
export class AdminSetup {
  private token: string | null;

  constructor(enabled: boolean) {
    this.token = enabled ? newToken() : null;
  }

  get link(): string | null {
    return this.token ? `/beheer#setup=${this.token}` : null;
  }

  /** True once, for the right token. */
  consume(candidate: string): boolean {
    if (!this.token || !safeEqual(candidate, this.token)) return false;
    this.token = null;
    return true;
  }
}
