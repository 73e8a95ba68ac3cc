import type {
  ApplyTariffChange,
  AssessLatePaymentCharge,
  ChangeContractCapacity,
  CloseAccount,
  EndSuspension,
  ExecuteMeterRelocation,
  ExecuteReinstallation,
  ExecuteTemporaryRemoval,
  GrantSuspension,
  OpenSupplyAccount,
  RecordViolation,
  RequestMeterRelocation,
  RequestReinstallation,
  RequestTariffChange,
  RequestTemporaryRemoval,
  SplitAccount,
  SurveyTariffChange,
} from '../account.commands.js';
import type { AccountEventDataMap, AccountEventOf, AccountEventType } from '../account.events.js';
import type { DecisionContext } from '../../project.context.js';
import type { CustomerDetails } from '../../project.values.js';
import { decisionContext } from '../../testing/context.fixtures.js';

/**
 * Account fixtures: a large-industry account (400 kVA, two-part tariff) opened on 2025-01-06 by default; decisions run
 * at ACCOUNT_NOW unless a command carries its own business time. `on(day)` is 09:00 that day in Shanghai (01:00 UTC),
 * the form both commands and the events they decide carry.
 */
export const FIXTURE_ACCOUNT_ID = 'acct-p-0001';
export const ACCOUNT_OPENED_AT = '2025-01-06T01:00:00.000Z';
export const ACCOUNT_NOW = '2026-06-30T02:00:00.000Z';

export const on = (day: string): string => `${day}T01:00:00.000Z`;

export const accountContext = (now = ACCOUNT_NOW): DecisionContext => decisionContext({ now, roles: ['clerk'] });

const base = { accountId: FIXTURE_ACCOUNT_ID };

export const openSupplyAccount = (o: Partial<OpenSupplyAccount> = {}): OpenSupplyAccount => ({
  type: 'OpenSupplyAccount',
  ...base,
  customerId: 'c-0002',
  projectId: 'p-0001',
  supplyAddress: '杭州市余杭区工业园 8 号',
  orgUnit: 'HZ-XH-BRANCH',
  contractCapacity: { value: 400, unit: 'kVA' },
  supplyVoltage: '10kV',
  tariffCategory: 'largeIndustry',
  meterNumbers: ['3301000001'],
  openedAt: ACCOUNT_OPENED_AT,
  occurredAt: ACCOUNT_OPENED_AT,
  ...o,
});

export const changeContractCapacity = (o: Partial<ChangeContractCapacity> = {}): ChangeContractCapacity => ({
  type: 'ChangeContractCapacity',
  ...base,
  projectId: 'p-0002',
  contractCapacity: { value: 630, unit: 'kVA' },
  ...o,
});

export const grantSuspension = (o: Partial<GrantSuspension> = {}): GrantSuspension => ({
  type: 'GrantSuspension',
  ...base,
  capacity: { value: 400, unit: 'kVA' },
  from: '2025-03-01',
  until: '2025-06-30',
  occurredAt: on('2025-02-20'),
  ...o,
});

export const endSuspension = (o: Partial<EndSuspension> = {}): EndSuspension => ({
  type: 'EndSuspension',
  ...base,
  restoreOn: '2025-05-01',
  occurredAt: on('2025-04-20'),
  ...o,
});

export const requestTemporaryRemoval = (o: Partial<RequestTemporaryRemoval> = {}): RequestTemporaryRemoval => ({
  type: 'RequestTemporaryRemoval',
  ...base,
  reason: '厂房改造，暂停用电',
  ...o,
});

export const executeTemporaryRemoval = (o: Partial<ExecuteTemporaryRemoval> = {}): ExecuteTemporaryRemoval => ({
  type: 'ExecuteTemporaryRemoval',
  ...base,
  ...o,
});

export const requestReinstallation = (o: Partial<RequestReinstallation> = {}): RequestReinstallation => ({
  type: 'RequestReinstallation',
  ...base,
  ...o,
});

export const executeReinstallation = (o: Partial<ExecuteReinstallation> = {}): ExecuteReinstallation => ({
  type: 'ExecuteReinstallation',
  ...base,
  meterNumbers: ['3301000099'],
  ...o,
});

export const requestMeterRelocation = (o: Partial<RequestMeterRelocation> = {}): RequestMeterRelocation => ({
  type: 'RequestMeterRelocation',
  ...base,
  newLocation: '配电房东墙计量柜',
  addressUnchanged: true,
  tariffUnchanged: true,
  supplyPointUnchanged: true,
  ...o,
});

export const executeMeterRelocation = (o: Partial<ExecuteMeterRelocation> = {}): ExecuteMeterRelocation => ({
  type: 'ExecuteMeterRelocation',
  ...base,
  ...o,
});

export const requestTariffChange = (o: Partial<RequestTariffChange> = {}): RequestTariffChange => ({
  type: 'RequestTariffChange',
  ...base,
  newCategory: 'commercial',
  reason: '厂房改作商场',
  ...o,
});

export const surveyTariffChange = (o: Partial<SurveyTariffChange> = {}): SurveyTariffChange => ({
  type: 'SurveyTariffChange',
  ...base,
  findings: '现场已改为商业经营',
  approved: true,
  ...o,
});

export const applyTariffChange = (o: Partial<ApplyTariffChange> = {}): ApplyTariffChange => ({
  type: 'ApplyTariffChange',
  ...base,
  ...o,
});

export const closeAccount = (o: Partial<CloseAccount> = {}): CloseAccount => ({
  type: 'CloseAccount',
  ...base,
  billsSettled: true,
  finalReading: 123456.7,
  ...o,
});

export const PART_CUSTOMERS: CustomerDetails[] = [
  { id: 'c-0101', name: '杭州甲机械有限公司', kind: 'organisation', idNumber: '91330100MA2AAAAA01', phone: '0571-81111111', address: '杭州市余杭区工业园 8 号 A 座' },
  { id: 'c-0102', name: '杭州乙贸易有限公司', kind: 'organisation', idNumber: '91330100MA2BBBBB02', phone: '0571-82222222', address: '杭州市余杭区工业园 8 号 B 座' },
];

export const splitAccount = (o: Partial<SplitAccount> = {}): SplitAccount => ({
  type: 'SplitAccount',
  ...base,
  parts: [
    { customer: PART_CUSTOMERS[0]!, capacity: { value: 250, unit: 'kVA' } },
    { customer: PART_CUSTOMERS[1]!, capacity: { value: 150, unit: 'kVA' } },
  ],
  billsSettled: true,
  ...o,
});

export const assessLatePaymentCharge = (o: Partial<AssessLatePaymentCharge> = {}): AssessLatePaymentCharge => ({
  type: 'AssessLatePaymentCharge',
  ...base,
  billMonth: '2025-11',
  amountDue: 10000,
  dueDate: '2025-12-20',
  paidOn: '2026-01-10',
  ...o,
});

export const recordViolation = (o: Partial<RecordViolation> & Pick<RecordViolation, 'kind'>): RecordViolation => ({
  type: 'RecordViolation',
  ...base,
  ...o,
});

/** An event as decided: data as given, business time `occurredAt` (the opening's by default). */
export const accountEvent = <T extends AccountEventType>(type: T, data: Omit<AccountEventDataMap[T], 'accountId'> & { accountId?: string }, occurredAt = ACCOUNT_OPENED_AT): AccountEventOf<T> => ({
  type,
  data: { accountId: FIXTURE_ACCOUNT_ID, ...data } as AccountEventDataMap[T],
  occurredAt,
});

/** SupplyAccountOpened as the default OpenSupplyAccount decides it, with overrides. */
export const accountOpened = (o: Partial<AccountEventDataMap['SupplyAccountOpened']> = {}, occurredAt = ACCOUNT_OPENED_AT) =>
  accountEvent(
    'SupplyAccountOpened',
    {
      customerId: 'c-0002',
      projectId: 'p-0001',
      supplyAddress: '杭州市余杭区工业园 8 号',
      orgUnit: 'HZ-XH-BRANCH',
      contractCapacity: { value: 400, unit: 'kVA' },
      supplyVoltage: '10kV',
      tariffCategory: 'largeIndustry',
      meterNumbers: ['3301000001'],
      openedAt: ACCOUNT_OPENED_AT,
      ...o,
    },
    occurredAt,
  );

/** An ordinary (single-part tariff) industrial account of 200 kVA. */
export const ordinaryAccountOpened = () => accountOpened({ contractCapacity: { value: 200, unit: 'kVA' }, tariffCategory: 'ordinaryIndustrial' });

/** A residential account of 8 kW at 220 V. */
export const residentialAccountOpened = () =>
  accountOpened({ customerId: 'c-0001', contractCapacity: { value: 8, unit: 'kW' }, supplyVoltage: '220V', tariffCategory: 'residential' });

export const suspensionGranted = (from: string, until: string, days: number, value = 400, occurredAt = on('2025-01-10')) =>
  accountEvent('SuspensionGranted', { capacity: { value, unit: 'kVA' }, from, until, days }, occurredAt);
