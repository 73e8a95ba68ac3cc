import { AcceptApplicationHandler } from './accept-application.handler.js';
import { ArchiveProjectHandler } from './archive-project.handler.js';
import { CancelProjectHandler } from './cancel-project.handler.js';
import { InstallMeterAndEnergizeHandler } from './install-meter-and-energize.handler.js';
import { RecordAcceptanceHandler } from './record-acceptance.handler.js';
import { RecordIntermediateInspectionHandler } from './record-intermediate-inspection.handler.js';
import { RecordPostConnectionCheckHandler } from './record-post-connection-check.handler.js';
import { RecordSiteSurveyHandler } from './record-site-survey.handler.js';
import { ReplySupplySchemeHandler } from './reply-supply-scheme.handler.js';
import { ReportCompletionHandler } from './report-completion.handler.js';
import { ReviewDesignHandler } from './review-design.handler.js';
import { ReviseSupplySchemeHandler } from './revise-supply-scheme.handler.js';
import { SignSupplyContractHandler } from './sign-supply-contract.handler.js';
import { StartConstructionHandler } from './start-construction.handler.js';
import { SubmitDesignHandler } from './submit-design.handler.js';
import { RequestIntermediateInspectionHandler } from './request-intermediate-inspection.handler.js';
import { StartCustomerWaitHandler } from './start-customer-wait.handler.js';
import { EndCustomerWaitHandler } from './end-customer-wait.handler.js';

export const PROJECT_COMMAND_HANDLERS = [
  AcceptApplicationHandler,
  RecordSiteSurveyHandler,
  ReplySupplySchemeHandler,
  ReviseSupplySchemeHandler,
  SubmitDesignHandler,
  ReviewDesignHandler,
  StartConstructionHandler,
  RecordIntermediateInspectionHandler,
  ReportCompletionHandler,
  RecordAcceptanceHandler,
  SignSupplyContractHandler,
  InstallMeterAndEnergizeHandler,
  ArchiveProjectHandler,
  CancelProjectHandler,
  RecordPostConnectionCheckHandler,
  RequestIntermediateInspectionHandler,
  StartCustomerWaitHandler,
  EndCustomerWaitHandler,
];
