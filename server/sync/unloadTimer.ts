/** [SYNC4] The wait between a room's last connection leaving and its unload. */
export class UnloadTimer {
  private timer: NodeJS.Timeout | null = null;
  private delayMs = 0;

  constructor(private readonly unload: () => void) {}

  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.unload();
    }, this.delayMs);
    this.timer.unref();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
