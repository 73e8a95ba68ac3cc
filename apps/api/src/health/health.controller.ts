import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '../../../../libs/event-sourcing/src/index.js';
import { Public } from '../auth/roles.decorator.js';

/** 200 whenever commands can be served; 503 only when the event store is unavailable (API.md "Running"). */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const eventStore = await this.events.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    );
    if (eventStore === 'down') void reply.status(503);
    const head = eventStore === 'up' ? await this.events.headPosition() : null;
    return { status: eventStore === 'up' ? 'ok' : 'unavailable', eventStore, readStore: 'up', head, projections: [] };
  }
}
