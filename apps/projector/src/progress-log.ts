import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ReadModelPositions, type ProjectionLag } from '#connection-projects';

export const PROGRESS_INTERVAL_MS = Symbol('PROGRESS_INTERVAL_MS');

/** `project-view@1200 (lag 300), audit-trail@1500 (lag 0)`; lag in events, `10000+` past the count's cap. */
export const formatLags = (lags: ProjectionLag[]): string =>
  lags.map((l) => `${l.name}@${l.position} (lag ${l.lag}${l.lagCapped ? '+' : ''})`).join(', ');

/**
 * Logs every projection's position and lag at an interval, so an operator sees a catch-up advance; quiet while nothing
 * moves and nothing lags.
 */
@Injectable()
export class ProgressLog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private timer: NodeJS.Timeout | null = null;
  private last = '';

  constructor(
    private readonly positions: ReadModelPositions,
    @Inject(PROGRESS_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    void this.report();
    this.timer = setInterval(() => void this.report(), this.intervalMs);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async report(): Promise<void> {
    try {
      const lags = await this.positions.lags();
      const line = formatLags(lags);
      if (line === this.last && lags.every((l) => l.lag === 0)) return;
      this.last = line;
      this.logger.log(`Positions: ${line}`);
    } catch (error) {
      this.logger.warn(`Could not read positions: ${(error as Error).message}`);
    }
  }
}
