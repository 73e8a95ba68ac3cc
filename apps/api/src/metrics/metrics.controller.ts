import { Controller, Get, Header, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ReadModelPositions } from '#connection-projects';
import { Metrics } from '#platform';
import { Public } from '../auth/roles.decorator.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

/** Prometheus scrape endpoint; unauthenticated like /api/health, for the cluster's monitoring only. */
@ApiExcludeController()
@Controller('metrics')
@UseInterceptors(ReadYourWritesInterceptor)
export class MetricsController {
  /** Refusals already counted: the manager reports its running total (from 0 again if its thread restarts). */
  private refusalsCounted = 0;

  constructor(
    private readonly metrics: Metrics,
    private readonly positions: ReadModelPositions,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    for (const { name, lag } of await this.positions.lags()) this.metrics.projectionLag.set({ projection: name }, lag);
    const { name, position, refusals } = await this.positions.supplyAccounts();
    this.metrics.processManagerPosition.set({ manager: name }, position);
    // Known only where the manager runs in this process (not when apps/projector runs it: its log says each one).
    if (refusals !== undefined) {
      this.metrics.processManagerRefusals.inc({ manager: name }, Math.max(0, refusals - this.refusalsCounted));
      this.refusalsCounted = refusals;
    }
    return this.metrics.registry.metrics();
  }
}
