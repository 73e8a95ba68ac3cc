/** Read-your-writes callers waiting for every projection to reach a log position. */
export class PositionWaiters {
  private readonly waiters = new Set<{ position: number; resolve: (reached: boolean) => void }>();

  constructor(private readonly reached: (position: number) => boolean) {}

  get size(): number {
    return this.waiters.size;
  }

  /** Resolves true once `reached(position)` (checked on each settle()), false after the timeout. */
  wait(position: number, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { position, resolve: (reached: boolean) => (clearTimeout(timer), resolve(reached)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  settle(): void {
    for (const waiter of this.waiters) {
      if (!this.reached(waiter.position)) continue;
      this.waiters.delete(waiter);
      waiter.resolve(true);
    }
  }
}
