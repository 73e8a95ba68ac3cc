import { AcceptApplicationDto } from './accept-application.dto.js';
import { ArchiveProjectDto } from './archive-project.dto.js';
import { CancelProjectDto } from './cancel-project.dto.js';
import type { CommandName } from './examples.js';
import { InstallMeterAndEnergizeDto } from './install-meter-and-energize.dto.js';
import { RecordAcceptanceDto } from './record-acceptance.dto.js';
import { RecordIntermediateInspectionDto } from './record-intermediate-inspection.dto.js';
import { RecordPostConnectionCheckDto } from './record-post-connection-check.dto.js';
import { RecordSiteSurveyDto } from './record-site-survey.dto.js';
import { ReplySupplySchemeDto } from './reply-supply-scheme.dto.js';
import { ReportCompletionDto } from './report-completion.dto.js';
import { ReviewDesignDto } from './review-design.dto.js';
import { ReviseSupplySchemeDto } from './revise-supply-scheme.dto.js';
import { SignSupplyContractDto } from './sign-supply-contract.dto.js';
import { StartConstructionDto } from './start-construction.dto.js';
import { SubmitDesignDto } from './submit-design.dto.js';
import { RequestIntermediateInspectionDto } from './request-intermediate-inspection.dto.js';
import { StartCustomerWaitDto } from './start-customer-wait.dto.js';
import { EndCustomerWaitDto } from './end-customer-wait.dto.js';

/** The body DTO of each command, keyed like COMMAND_EXAMPLES (specs and OpenAPI iterate over both). */
export const COMMAND_DTOS = {
  acceptApplication: AcceptApplicationDto,
  recordSiteSurvey: RecordSiteSurveyDto,
  replySupplyScheme: ReplySupplySchemeDto,
  reviseSupplyScheme: ReviseSupplySchemeDto,
  submitDesign: SubmitDesignDto,
  reviewDesign: ReviewDesignDto,
  startConstruction: StartConstructionDto,
  recordIntermediateInspection: RecordIntermediateInspectionDto,
  reportCompletion: ReportCompletionDto,
  recordAcceptance: RecordAcceptanceDto,
  signSupplyContract: SignSupplyContractDto,
  installMeterAndEnergize: InstallMeterAndEnergizeDto,
  archiveProject: ArchiveProjectDto,
  cancelProject: CancelProjectDto,
  recordPostConnectionCheck: RecordPostConnectionCheckDto,
  requestIntermediateInspection: RequestIntermediateInspectionDto,
  startCustomerWait: StartCustomerWaitDto,
  endCustomerWait: EndCustomerWaitDto,
} as const satisfies Record<CommandName, new () => object>;
