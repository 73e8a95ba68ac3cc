import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import * as c from '#connection-projects';
import type { CommandAnswer, CommandMeta } from '#connection-projects';
import { Roles } from '../auth/roles.decorator.js';
import { CommandStarted } from './command-answer.hook.js';
import { CommandAnswerDto } from './command-answer.dto.js';
import { CommandMetadata } from './command-metadata.decorator.js';
import * as dto from './dto/index.js';
import { ProjectId } from './project-id.pipe.js';

/** One route per command of API.md; each hands its command to the bus and answers 201 with the new version. */
@ApiTags('commands')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe key; same key + same body = same answer' })
@ApiHeader({ name: 'If-Match', required: false, description: 'Quoted stream version the caller last saw, e.g. "3"' })
@ApiCreatedResponse({ type: CommandAnswerDto })
@Controller('projects')
@UseGuards(CommandStarted)
export class ProjectCommandsController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.AcceptApplicationDto, examples: dto.OPENAPI_EXAMPLES.acceptApplication })
  acceptApplication(@Body() { projectId, ...body }: dto.AcceptApplicationDto, @CommandMetadata() meta: CommandMeta): Promise<CommandAnswer> {
    return this.bus.execute(new c.AcceptApplicationCommand(projectId ?? randomUUID(), body, meta));
  }

  @Post(':id/site-survey')
  @HttpCode(201)
  @Roles('surveyor')
  @ApiBody({ type: dto.RecordSiteSurveyDto, examples: dto.OPENAPI_EXAMPLES.recordSiteSurvey })
  recordSiteSurvey(@ProjectId() id: string, @Body() body: dto.RecordSiteSurveyDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.RecordSiteSurveyCommand(id, body, meta));
  }

  @Post(':id/supply-scheme')
  @HttpCode(201)
  @Roles('schemeApprover')
  @ApiBody({ type: dto.ReplySupplySchemeDto, examples: dto.OPENAPI_EXAMPLES.replySupplyScheme })
  replySupplyScheme(@ProjectId() id: string, @Body() body: dto.ReplySupplySchemeDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.ReplySupplySchemeCommand(id, body, meta));
  }

  @Post(':id/supply-scheme/revisions')
  @HttpCode(201)
  @Roles('schemeApprover')
  @ApiBody({ type: dto.ReviseSupplySchemeDto, examples: dto.OPENAPI_EXAMPLES.reviseSupplyScheme })
  reviseSupplyScheme(@ProjectId() id: string, @Body() body: dto.ReviseSupplySchemeDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.ReviseSupplySchemeCommand(id, body, meta));
  }

  @Post(':id/design-submissions')
  @HttpCode(201)
  @Roles('clerk', 'customer')
  @ApiBody({ type: dto.SubmitDesignDto, examples: dto.OPENAPI_EXAMPLES.submitDesign })
  submitDesign(@ProjectId() id: string, @Body() body: dto.SubmitDesignDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.SubmitDesignCommand(id, body, meta));
  }

  @Post(':id/design-reviews')
  @HttpCode(201)
  @Roles('designReviewer')
  @ApiBody({ type: dto.ReviewDesignDto, examples: dto.OPENAPI_EXAMPLES.reviewDesign })
  reviewDesign(@ProjectId() id: string, @Body() body: dto.ReviewDesignDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.ReviewDesignCommand(id, body, meta));
  }

  @Post(':id/construction-start')
  @HttpCode(201)
  @Roles('clerk', 'customer')
  @ApiBody({ type: dto.StartConstructionDto, examples: dto.OPENAPI_EXAMPLES.startConstruction })
  startConstruction(@ProjectId() id: string, @Body() body: dto.StartConstructionDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.StartConstructionCommand(id, body, meta));
  }

  @Post(':id/intermediate-inspections')
  @HttpCode(201)
  @Roles('inspector')
  @ApiBody({ type: dto.RecordIntermediateInspectionDto, examples: dto.OPENAPI_EXAMPLES.recordIntermediateInspection })
  recordIntermediateInspection(@ProjectId() id: string, @Body() body: dto.RecordIntermediateInspectionDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.RecordIntermediateInspectionCommand(id, body, meta));
  }

  @Post(':id/completion-reports')
  @HttpCode(201)
  @Roles('clerk', 'customer')
  @ApiBody({ type: dto.ReportCompletionDto, examples: dto.OPENAPI_EXAMPLES.reportCompletion })
  reportCompletion(@ProjectId() id: string, @Body() body: dto.ReportCompletionDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.ReportCompletionCommand(id, body, meta));
  }

  @Post(':id/acceptances')
  @HttpCode(201)
  @Roles('inspector')
  @ApiBody({ type: dto.RecordAcceptanceDto, examples: dto.OPENAPI_EXAMPLES.recordAcceptance })
  recordAcceptance(@ProjectId() id: string, @Body() body: dto.RecordAcceptanceDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.RecordAcceptanceCommand(id, body, meta));
  }

  @Post(':id/supply-contract')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.SignSupplyContractDto, examples: dto.OPENAPI_EXAMPLES.signSupplyContract })
  signSupplyContract(@ProjectId() id: string, @Body() body: dto.SignSupplyContractDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.SignSupplyContractCommand(id, body, meta));
  }

  @Post(':id/energization')
  @HttpCode(201)
  @Roles('meterTechnician')
  @ApiBody({ type: dto.InstallMeterAndEnergizeDto, examples: dto.OPENAPI_EXAMPLES.installMeterAndEnergize })
  installMeterAndEnergize(@ProjectId() id: string, @Body() body: dto.InstallMeterAndEnergizeDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.InstallMeterAndEnergizeCommand(id, body, meta));
  }

  @Post(':id/archive')
  @HttpCode(201)
  @Roles('archivist')
  @ApiBody({ type: dto.ArchiveProjectDto, examples: dto.OPENAPI_EXAMPLES.archiveProject })
  archiveProject(@ProjectId() id: string, @Body() body: dto.ArchiveProjectDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.ArchiveProjectCommand(id, body, meta));
  }

  @Post(':id/cancellation')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.CancelProjectDto, examples: dto.OPENAPI_EXAMPLES.cancelProject })
  cancelProject(@ProjectId() id: string, @Body() body: dto.CancelProjectDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.CancelProjectCommand(id, body, meta));
  }

  @Post(':id/post-connection-checks')
  @HttpCode(201)
  @Roles('inspector')
  @ApiBody({ type: dto.RecordPostConnectionCheckDto, examples: dto.OPENAPI_EXAMPLES.recordPostConnectionCheck })
  recordPostConnectionCheck(
    @ProjectId() id: string,
    @Body() body: dto.RecordPostConnectionCheckDto,
    @CommandMetadata() meta: CommandMeta,
  ) {
    return this.bus.execute(new c.RecordPostConnectionCheckCommand(id, body, meta));
  }

  @Post(':id/intermediate-inspection-requests')
  @HttpCode(201)
  @Roles('clerk', 'customer')
  @ApiBody({ type: dto.RequestIntermediateInspectionDto, examples: dto.OPENAPI_EXAMPLES.requestIntermediateInspection })
  requestIntermediateInspection(
    @ProjectId() id: string,
    @Body() body: dto.RequestIntermediateInspectionDto,
    @CommandMetadata() meta: CommandMeta,
  ) {
    return this.bus.execute(new c.RequestIntermediateInspectionCommand(id, body, meta));
  }

  @Post(':id/customer-waits')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.StartCustomerWaitDto, examples: dto.OPENAPI_EXAMPLES.startCustomerWait })
  startCustomerWait(@ProjectId() id: string, @Body() body: dto.StartCustomerWaitDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.StartCustomerWaitCommand(id, body, meta));
  }

  @Post(':id/customer-waits/end')
  @HttpCode(201)
  @Roles('clerk')
  @ApiBody({ type: dto.EndCustomerWaitDto, examples: dto.OPENAPI_EXAMPLES.endCustomerWait })
  endCustomerWait(@ProjectId() id: string, @Body() body: dto.EndCustomerWaitDto, @CommandMetadata() meta: CommandMeta) {
    return this.bus.execute(new c.EndCustomerWaitCommand(id, body, meta));
  }
}
