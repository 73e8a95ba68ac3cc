import type { AccountCommandName } from './examples.js';
import {
  EndSuspensionDto,
  ExecuteReinstallationDto,
  GrantSuspensionDto,
  RequestMeterRelocationDto,
  RequestReinstallationDto,
  RequestTariffChangeDto,
  RequestTemporaryRemovalDto,
  ServiceNotesDto,
  SurveyTariffChangeDto,
} from './service-dtos.js';
import { AssessLatePaymentChargeDto, CloseAccountDto, RecordViolationDto, SplitAccountDto } from './settlement-dtos.js';

/** The body DTO of each account service, keyed like ACCOUNT_COMMAND_EXAMPLES (the controller's method names). */
export const ACCOUNT_COMMAND_DTOS = {
  grantSuspension: GrantSuspensionDto,
  endSuspension: EndSuspensionDto,
  requestTemporaryRemoval: RequestTemporaryRemovalDto,
  executeTemporaryRemoval: ServiceNotesDto,
  requestReinstallation: RequestReinstallationDto,
  executeReinstallation: ExecuteReinstallationDto,
  requestMeterRelocation: RequestMeterRelocationDto,
  executeMeterRelocation: ServiceNotesDto,
  requestTariffChange: RequestTariffChangeDto,
  surveyTariffChange: SurveyTariffChangeDto,
  applyTariffChange: ServiceNotesDto,
  closeAccount: CloseAccountDto,
  splitAccount: SplitAccountDto,
  assessLatePaymentCharge: AssessLatePaymentChargeDto,
  recordViolation: RecordViolationDto,
} satisfies Record<AccountCommandName, new () => object>;
