import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ServeComplaintCommand, type CommandMeta, type ComplaintCommandAnswer } from '#connection-projects';
import type { ComplaintCommand } from '#connection-projects/domain';
import { Roles } from '../auth/roles.decorator.js';
import { CommandStarted } from '../projects/command-answer.hook.js';
import { CommandMetadata } from '../projects/command-metadata.decorator.js';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';
import { ComplaintCommandAnswerDto } from './complaint-command-answer.dto.js';
import * as dto from './dto/complaint-dtos.js';

/** The `:id` path parameter of complaint routes, checked like every id. */
const ComplaintId = () => Param('id', new ProjectIdPipe());

/** The complaint routes of API.md (SPEC §8); each hands its command to the bus and answers 201 with the new version. */
@ApiTags('complaints')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; same key + same body = same answer' })
@ApiHeader({ name: 'If-Match', required: false, description: 'Quoted stream version the caller last saw, e.g. "3"' })
@ApiCreatedResponse({ type: ComplaintCommandAnswerDto })
@Controller('complaints')
@UseGuards(CommandStarted)
export class ComplaintCommandsController {
  constructor(private readonly bus: CommandBus) {}

  private serve<C extends ComplaintCommand>(type: C['type'], id: string, body: object, meta: CommandMeta): Promise<ComplaintCommandAnswer> {
    return this.bus.execute(new ServeComplaintCommand(type, id, { ...body } as never, meta));
  }

  @Post()
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.ReceiveComplaintDto })
  receiveComplaint(@Body() { complaintId, ...body }: dto.ReceiveComplaintDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ReceiveComplaint', complaintId ?? randomUUID(), body, meta);
  }

  @Post(':id/contact')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.ContactComplainantDto })
  contactComplainant(@ComplaintId() id: string, @Body() body: dto.ContactComplainantDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ContactComplainant', id, body, meta);
  }

  @Post(':id/reply')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.ReplyToComplaintDto })
  replyToComplaint(@ComplaintId() id: string, @Body() body: dto.ReplyToComplaintDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ReplyToComplaint', id, body, meta);
  }

  @Post(':id/closure')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.CloseComplaintDto })
  closeComplaint(@ComplaintId() id: string, @Body() body: dto.CloseComplaintDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('CloseComplaint', id, body, meta);
  }
}
