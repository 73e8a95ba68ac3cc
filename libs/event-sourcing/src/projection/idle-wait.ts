/** The runner's pause between two reads of the log: wake() cuts it short, and a wake during work skips the next one. */
export class IdleWait {
  private requested = false;
  private wakeUp: (() => void) | null = null;

  wake(): void {
    this.requested = true;
    this.wakeUp?.();
  }

  sleep(ms: number): Promise<void> {
    if (this.requested) {
      this.requested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.requested = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
