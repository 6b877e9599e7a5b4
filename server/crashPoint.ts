/**
 * Test-only fault injection for the kill -9 tests: when NODE_ENV is `test` and
 * WIJKATELIER_TEST_CRASH_AT names `point`, the process kills itself with SIGKILL right there, as a
 * power cut would (no handler runs, nothing more is written). Never active in any other environment.
 *
 * Points: `before-room-write:<room kind>` — a route has committed to the database and is about to
 * write a room of that kind (`werkgroep`, `doc`, `session`, …). `before-publish` — [SYNC10] a room's
 * group commit is stored and about to be published to the other instances.
 */
export function crashPoint(point: string): void {
  if (process.env.NODE_ENV === 'test' && process.env.WIJKATELIER_TEST_CRASH_AT === point) {
    process.kill(process.pid, 'SIGKILL');
  }
}
