/**
 * The escalation sweep runs when a queue or the dashboard opens; moving between them should not
 * read every overdue query each time. Escalation levels change only when the day does (working
 * days overdue), so within one day a sweep runs again only after a while; the quarter-hourly
 * sweep and a new day always run.
 */
export const SWEEP_AGAIN_AFTER_MS = 5 * 60_000;

export class SweepThrottle {
  private last: { today: string; at: number } | null = null;

  /** Whether a sweep should run now (and, if so, that it runs). */
  claim(today: string, now: number): boolean {
    if (this.last && this.last.today === today && now - this.last.at >= 0 && now - this.last.at < SWEEP_AGAIN_AFTER_MS) return false;
    this.last = { today, at: now };
    return true;
  }
}
