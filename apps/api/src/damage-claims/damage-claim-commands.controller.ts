import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ServeClaimCommand, type ClaimCommandAnswer, type CommandMeta } from '#connection-projects';
import type { ClaimCommand } from '#connection-projects/domain';
import { Roles } from '../auth/roles.decorator.js';
import { CommandStarted } from '../projects/command-answer.hook.js';
import { CommandMetadata } from '../projects/command-metadata.decorator.js';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';
import { ClaimCommandAnswerDto } from './claim-command-answer.dto.js';
import * as dto from './dto/claim-dtos.js';

/** The `:id` path parameter of claim routes, checked like every id. */
const ClaimId = () => Param('id', new ProjectIdPipe());

/** The appliance-damage claim routes of API.md (SPEC §8); each hands its command to the bus and answers 201. */
@ApiTags('damage-claims')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; same key + same body = same answer' })
@ApiHeader({ name: 'If-Match', required: false, description: 'Quoted stream version the caller last saw, e.g. "3"' })
@ApiCreatedResponse({ type: ClaimCommandAnswerDto })
@Controller('damage-claims')
@UseGuards(CommandStarted)
export class DamageClaimCommandsController {
  constructor(private readonly bus: CommandBus) {}

  private serve<C extends ClaimCommand>(type: C['type'], id: string, body: object, meta: CommandMeta): Promise<ClaimCommandAnswer> {
    return this.bus.execute(new ServeClaimCommand(type, id, { ...body } as never, meta));
  }

  @Post()
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.FileDamageClaimDto })
  fileDamageClaim(@Body() { claimId, ...body }: dto.FileDamageClaimDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('FileDamageClaim', claimId ?? randomUUID(), body, meta);
  }

  @Post(':id/investigation')
  @HttpCode(201)
  @Roles('inspector')
  @ApiBody({ type: dto.InvestigateDamageDto })
  investigateDamage(@ClaimId() id: string, @Body() body: dto.InvestigateDamageDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('InvestigateDamage', id, body, meta);
  }

  @Post(':id/settlement')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.SettleDamageClaimDto })
  settleDamageClaim(@ClaimId() id: string, @Body() body: dto.SettleDamageClaimDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('SettleDamageClaim', id, body, meta);
  }
}
