import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ReadModelPositions } from '#connection-projects';
import { Metrics } from '#platform';
import { Public } from '../auth/roles.decorator.js';

/** Prometheus scrape endpoint; unauthenticated like /api/health, for the cluster's monitoring only. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly positions: ReadModelPositions,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    for (const { name, lag } of await this.positions.lags()) this.metrics.projectionLag.set({ projection: name }, lag);
    return this.metrics.registry.metrics();
  }
}
