import type { ExamplesObject } from '@nestjs/swagger';
import type {
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
import type { AssessLatePaymentChargeDto, CloseAccountDto, RecordViolationDto, SplitAccountDto } from './settlement-dtos.js';

/**
 * One valid body per account service, forming the life of one large-industry account (400 kVA, two-part tariff) in the
 * order of SPEC §7.2–§7.3: a suspension restored early, a temporary removal and its reinstallation, a meter relocation,
 * a tariff change, charges, and last the split that closes it (closure is its alternative). No `occurredAt`, so that a
 * body replayed by a test is decided at "now"; `satisfies` keeps them in step with the DTOs, and dtos.spec.ts proves
 * that they validate.
 */
export const ACCOUNT_COMMAND_EXAMPLES = {
  grantSuspension: { capacity: { value: 400, unit: 'kVA' }, from: '2026-03-01', until: '2026-06-30' } satisfies GrantSuspensionDto,
  endSuspension: { restoreOn: '2026-05-01' } satisfies EndSuspensionDto,
  requestTemporaryRemoval: { reason: '厂房改造，暂停用电' } satisfies RequestTemporaryRemovalDto,
  executeTemporaryRemoval: { notes: '表计已拆回库房' } satisfies ServiceNotesDto,
  requestReinstallation: { reason: '改造完成，申请复装' } satisfies RequestReinstallationDto,
  executeReinstallation: { meterNumbers: ['3300001234567999'] } satisfies ExecuteReinstallationDto,
  requestMeterRelocation: {
    newLocation: '配电房东墙计量柜',
    addressUnchanged: true,
    tariffUnchanged: true,
    supplyPointUnchanged: true,
  } satisfies RequestMeterRelocationDto,
  executeMeterRelocation: { notes: '计量柜已移至东墙，封印完好' } satisfies ServiceNotesDto,
  requestTariffChange: { newCategory: 'commercial', reason: '厂房改作商场经营' } satisfies RequestTariffChangeDto,
  surveyTariffChange: { findings: '现场已改为商业经营，无工业生产设备', approved: true } satisfies SurveyTariffChangeDto,
  applyTariffChange: { notes: '自下一抄表周期起按商业电价计费' } satisfies ServiceNotesDto,
  closeAccount: { billsSettled: true, finalReading: 123456.7 } satisfies CloseAccountDto,
  splitAccount: {
    parts: [
      {
        customer: { id: 'cust-hz-0101', name: '杭州甲机械有限公司', kind: 'organisation', idNumber: '91330100MA2XXXXX08', phone: '0571-81111111', address: '杭州市余杭区工业园 8 号 A 座' },
        capacity: { value: 250, unit: 'kVA' },
      },
      {
        customer: { id: 'cust-hz-0102', name: '张三', kind: 'individual', idNumber: '33010619900101123X', phone: '13800138000', address: '杭州市余杭区工业园 8 号 B 座' },
        capacity: { value: 150, unit: 'kVA' },
      },
    ],
    billsSettled: true,
  } satisfies SplitAccountDto,
  assessLatePaymentCharge: { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10' } satisfies AssessLatePaymentChargeDto,
  recordViolation: { kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345 } satisfies RecordViolationDto,
};

export type AccountCommandName = keyof typeof ACCOUNT_COMMAND_EXAMPLES;

/** Variants worth showing: a refusing survey, and a violation of another kind with the inputs it needs. */
export const REFUSED_TARIFF_SURVEY_EXAMPLE = { findings: '现场仍为工业生产，不符合改类条件', approved: false } satisfies SurveyTariffChangeDto;
export const CAPACITY_VIOLATION_EXAMPLE = {
  kind: 'privateCapacityIncrease',
  capacity: 200,
  basicChargeRate: 30,
  months: 3,
} satisfies RecordViolationDto;

const life = (name: AccountCommandName): ExamplesObject => ({
  largeIndustry: { summary: 'Large-industry account (400 kVA, two-part tariff)', value: ACCOUNT_COMMAND_EXAMPLES[name] },
});

/** Ready for `@ApiBody({ type: XDto, examples: ACCOUNT_OPENAPI_EXAMPLES.x })`. */
export const ACCOUNT_OPENAPI_EXAMPLES: Record<AccountCommandName, ExamplesObject> = {
  ...(Object.fromEntries(Object.keys(ACCOUNT_COMMAND_EXAMPLES).map((name) => [name, life(name as AccountCommandName)])) as Record<
    AccountCommandName,
    ExamplesObject
  >),
  surveyTariffChange: { ...life('surveyTariffChange'), refused: { summary: 'Refused: the request ends', value: REFUSED_TARIFF_SURVEY_EXAMPLE } },
  recordViolation: {
    ...life('recordViolation'),
    privateCapacityIncrease: { summary: '私增容量 on a two-part tariff: 200 kVA × 30 yuan × 3 months', value: CAPACITY_VIOLATION_EXAMPLE },
  },
};
