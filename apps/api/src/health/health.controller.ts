import { Controller, Get, Inject, Res, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ReadModelPositions } from '#connection-projects';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { READ_STORE, type ReadStore } from '#read-store';
import { Public } from '../auth/roles.decorator.js';
import { ReadYourWritesInterceptor } from '../read-models/read-your-writes.interceptor.js';

const up = (check: Promise<unknown>) =>
  check.then(
    () => 'up' as const,
    () => 'down' as const,
  );

/**
 * 200 whenever commands can be served, projections catching up included; 503 only when the event store is
 * unavailable (API.md "Running"). A read store that is down is reported, but commands still work.
 */
@ApiTags('health')
@Controller('health')
@UseInterceptors(ReadYourWritesInterceptor)
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly positions: ReadModelPositions,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Commands can be served (projections catching up included)' })
  @ApiServiceUnavailableResponse({ description: 'The event store is unavailable: the same body, `status: unavailable`' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [eventStore, readStore] = await Promise.all([up(this.events.ping()), up(this.reads.ping())]);
    if (eventStore === 'down') void reply.status(503);
    const projections = eventStore === 'up' && readStore === 'up' ? await this.positions.lags() : [];
    return { status: eventStore === 'up' ? 'ok' : 'unavailable', eventStore, readStore, projections };
  }
}
