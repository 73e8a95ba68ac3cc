import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ServeAccountCommand, type AccountCommandAnswer, type CommandMeta } from '#connection-projects';
import type { AccountCommand } from '#connection-projects/domain';
import { Roles } from '../auth/roles.decorator.js';
import { CommandStarted } from '../projects/command-answer.hook.js';
import { CommandMetadata } from '../projects/command-metadata.decorator.js';
import { AccountCommandAnswerDto } from './account-command-answer.dto.js';
import { AccountId } from './account-id.pipe.js';
import * as dto from './dto/index.js';

/** One route per account service of API.md; each hands its command to the bus and answers 201 with the new version. */
@ApiTags('accounts')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; same key + same body = same answer' })
@ApiHeader({ name: 'If-Match', required: false, description: 'Quoted stream version the caller last saw, e.g. "3"' })
@ApiCreatedResponse({ type: AccountCommandAnswerDto })
@Controller('accounts')
@UseGuards(CommandStarted)
export class AccountCommandsController {
  constructor(private readonly bus: CommandBus) {}

  private serve<C extends AccountCommand>(type: C['type'], id: string, body: object, meta: CommandMeta): Promise<AccountCommandAnswer> {
    return this.bus.execute(new ServeAccountCommand(type, id, { ...body } as never, meta));
  }

  @Post(':id/suspensions')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.GrantSuspensionDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.grantSuspension })
  grantSuspension(@AccountId() id: string, @Body() body: dto.GrantSuspensionDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('GrantSuspension', id, body, meta);
  }

  @Post(':id/suspensions/restoration')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.EndSuspensionDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.endSuspension })
  endSuspension(@AccountId() id: string, @Body() body: dto.EndSuspensionDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('EndSuspension', id, body, meta);
  }

  @Post(':id/temporary-removals')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.RequestTemporaryRemovalDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.requestTemporaryRemoval })
  requestTemporaryRemoval(@AccountId() id: string, @Body() body: dto.RequestTemporaryRemovalDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('RequestTemporaryRemoval', id, body, meta);
  }

  @Post(':id/temporary-removals/execution')
  @HttpCode(201)
  @Roles('meterTechnician')
  @ApiBody({ type: dto.ServiceNotesDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.executeTemporaryRemoval })
  executeTemporaryRemoval(@AccountId() id: string, @Body() body: dto.ServiceNotesDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ExecuteTemporaryRemoval', id, body, meta);
  }

  @Post(':id/reinstallations')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.RequestReinstallationDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.requestReinstallation })
  requestReinstallation(@AccountId() id: string, @Body() body: dto.RequestReinstallationDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('RequestReinstallation', id, body, meta);
  }

  @Post(':id/reinstallations/execution')
  @HttpCode(201)
  @Roles('meterTechnician')
  @ApiBody({ type: dto.ExecuteReinstallationDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.executeReinstallation })
  executeReinstallation(@AccountId() id: string, @Body() body: dto.ExecuteReinstallationDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ExecuteReinstallation', id, body, meta);
  }

  @Post(':id/meter-relocations')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.RequestMeterRelocationDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.requestMeterRelocation })
  requestMeterRelocation(@AccountId() id: string, @Body() body: dto.RequestMeterRelocationDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('RequestMeterRelocation', id, body, meta);
  }

  @Post(':id/meter-relocations/execution')
  @HttpCode(201)
  @Roles('meterTechnician')
  @ApiBody({ type: dto.ServiceNotesDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.executeMeterRelocation })
  executeMeterRelocation(@AccountId() id: string, @Body() body: dto.ServiceNotesDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ExecuteMeterRelocation', id, body, meta);
  }

  @Post(':id/tariff-changes')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.RequestTariffChangeDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.requestTariffChange })
  requestTariffChange(@AccountId() id: string, @Body() body: dto.RequestTariffChangeDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('RequestTariffChange', id, body, meta);
  }

  @Post(':id/tariff-changes/survey')
  @HttpCode(201)
  @Roles('surveyor')
  @ApiBody({ type: dto.SurveyTariffChangeDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.surveyTariffChange })
  surveyTariffChange(@AccountId() id: string, @Body() body: dto.SurveyTariffChangeDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('SurveyTariffChange', id, body, meta);
  }

  @Post(':id/tariff-changes/application')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.ServiceNotesDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.applyTariffChange })
  applyTariffChange(@AccountId() id: string, @Body() body: dto.ServiceNotesDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('ApplyTariffChange', id, body, meta);
  }

  @Post(':id/closure')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.CloseAccountDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.closeAccount })
  closeAccount(@AccountId() id: string, @Body() body: dto.CloseAccountDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('CloseAccount', id, body, meta);
  }

  @Post(':id/splits')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.SplitAccountDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.splitAccount })
  splitAccount(@AccountId() id: string, @Body() body: dto.SplitAccountDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('SplitAccount', id, body, meta);
  }

  @Post(':id/late-payment-charges')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.AssessLatePaymentChargeDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.assessLatePaymentCharge })
  assessLatePaymentCharge(@AccountId() id: string, @Body() body: dto.AssessLatePaymentChargeDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('AssessLatePaymentCharge', id, body, meta);
  }

  @Post(':id/violations')
  @HttpCode(201)
  @Roles('inspector')
  @ApiBody({ type: dto.RecordViolationDto, examples: dto.ACCOUNT_OPENAPI_EXAMPLES.recordViolation })
  recordViolation(@AccountId() id: string, @Body() body: dto.RecordViolationDto, @CommandMetadata() meta: CommandMeta) {
    return this.serve('RecordViolation', id, body, meta);
  }
}
