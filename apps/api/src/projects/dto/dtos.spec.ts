import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors, VALIDATOR_OPTIONS, type FieldError } from '../../common/validation/index.js';
import { COMMAND_DTOS } from './command-dtos.js';
import {
  COMMAND_EXAMPLES,
  type CommandName,
  FAILED_ACCEPTANCE_EXAMPLE,
  OPENAPI_EXAMPLES,
  RECTIFICATION_INSPECTION_EXAMPLE,
  REJECTED_DESIGN_REVIEW_EXAMPLE,
  RESIDENTIAL_APPLICATION_EXAMPLE,
} from './examples.js';

/** Validates a plain JSON body exactly as the ValidationPipe does (same options, through JSON). */
const errorsFor = async (name: CommandName, body: unknown): Promise<FieldError[]> =>
  toFieldErrors(await validate(plainToInstance(COMMAND_DTOS[name] as new () => object, JSON.parse(JSON.stringify(body))) as object, VALIDATOR_OPTIONS));
const fieldsFor = async (name: CommandName, body: unknown) => [...new Set((await errorsFor(name, body)).map((e) => e.field))];

const names = Object.keys(COMMAND_DTOS) as CommandName[];

describe('command DTOs: the examples', () => {
  it.each(names)('%s: the journey example is valid', async (name) => {
    expect(await errorsFor(name, COMMAND_EXAMPLES[name])).toEqual([]);
  });

  it.each([
    ['acceptApplication', RESIDENTIAL_APPLICATION_EXAMPLE],
    ['reviewDesign', REJECTED_DESIGN_REVIEW_EXAMPLE],
    ['recordIntermediateInspection', RECTIFICATION_INSPECTION_EXAMPLE],
    ['recordAcceptance', FAILED_ACCEPTANCE_EXAMPLE],
  ] as const)('%s: the variant example is valid', async (name, body) => {
    expect(await errorsFor(name, body)).toEqual([]);
  });

  it('every OpenAPI example is valid for its command', async () => {
    for (const name of names) {
      for (const example of Object.values(OPENAPI_EXAMPLES[name])) {
        expect(await errorsFor(name, (example as { value: unknown }).value)).toEqual([]);
      }
    }
  });

  it.each(names)('%s: accepts a business time with an offset', async (name) => {
    expect(await errorsFor(name, { ...COMMAND_EXAMPLES[name], occurredAt: '2025-03-03T09:30:00+08:00' })).toEqual([]);
  });
});

describe('command DTOs: required fields (API.md Commands table)', () => {
  const required: Record<CommandName, string[]> = {
    acceptApplication: ['customer', 'customerClass', 'businessType', 'requestedCapacity', 'supplyAddress', 'orgUnit', 'channel', 'documents'],
    recordSiteSurvey: ['findings', 'proposedScheme'],
    replySupplyScheme: ['approvedCapacity', 'supplyVoltage', 'supplyMode', 'meteringMethod'],
    reviseSupplyScheme: ['approvedCapacity', 'supplyVoltage', 'supplyMode', 'meteringMethod', 'reason'],
    submitDesign: ['designer', 'documents'],
    reviewDesign: ['result'],
    startConstruction: ['contractor', 'plannedStart', 'plannedCompletion'],
    recordIntermediateInspection: ['items', 'result', 'copiesTo'],
    reportCompletion: ['documents'],
    recordAcceptance: ['result'],
    signSupplyContract: ['contractNo', 'contractType', 'signatories', 'effectiveDate'],
    installMeterAndEnergize: ['meterNumbers'],
    archiveProject: ['archiveNo'],
    cancelProject: ['reason', 'requestedBy'],
    recordPostConnectionCheck: ['findings'],
    requestIntermediateInspection: ['stage'],
    startCustomerWait: ['kind', 'reason'],
    endCustomerWait: [],
  };

  it.each(names)('%s: an empty body names exactly the required fields', async (name) => {
    expect((await fieldsFor(name, {})).sort()).toEqual([...required[name]].sort());
  });

  it.each(names.filter((name) => required[name].length > 0))('%s: a null required field is a wrong type', async (name) => {
    const field = required[name][0];
    expect(await fieldsFor(name, { ...COMMAND_EXAMPLES[name], [field]: null })).toEqual([field]);
  });
});

describe('command DTOs: shapes refused with 400, naming the property path', () => {
  const application = COMMAND_EXAMPLES.acceptApplication;
  const bad = (name: CommandName, patch: object) => fieldsFor(name, { ...COMMAND_EXAMPLES[name], ...patch });

  it('an unknown field, at the top or nested, in an object or in a list', async () => {
    expect(await bad('recordSiteSurvey', { surveyor: 'me' })).toEqual(['surveyor']);
    expect(await bad('acceptApplication', { customer: { ...application.customer, vip: true } })).toEqual(['customer.vip']);
    const suppliers = [{ name: 'x', selectedBy: 'customer', price: 1 }];
    expect(await bad('startConstruction', { suppliers })).toEqual(['suppliers.0.price']);
  });

  it('wrong types: a numeric string for a number, a string for a boolean, an array for an object', async () => {
    expect(await bad('acceptApplication', { requestedCapacity: { value: '2000', unit: 'kVA' } })).toEqual(['requestedCapacity.value']);
    expect(await bad('acceptApplication', { rented: 'no' })).toEqual(['rented']);
    expect(await bad('acceptApplication', { customer: [application.customer] })).toEqual(['customer']);
    expect(await bad('signSupplyContract', { signatories: '张伟, 李娜' })).toEqual(['signatories']);
    expect(await bad('installMeterAndEnergize', { meterNumbers: '3300001234567890' })).toEqual(['meterNumbers']);
  });

  it.each([0, -5, -0.001, 10_000_001])('a capacity of %s', async (value) => {
    expect(await bad('acceptApplication', { requestedCapacity: { value, unit: 'kVA' } })).toEqual(['requestedCapacity.value']);
    expect(await bad('replySupplyScheme', { approvedCapacity: { value, unit: 'kVA' } })).toEqual(['approvedCapacity.value']);
  });

  it('accepts the capacity bounds: a fraction above zero and exactly 10,000,000', async () => {
    expect(await bad('acceptApplication', { requestedCapacity: { value: 0.5, unit: 'kW' } })).toEqual([]);
    expect(await bad('acceptApplication', { requestedCapacity: { value: 10_000_000, unit: 'kVA' } })).toEqual([]);
  });

  it('bad enums', async () => {
    expect(await bad('acceptApplication', { customerClass: 'highVoltage' })).toEqual(['customerClass']);
    expect(await bad('acceptApplication', { requestedCapacity: { value: 2000, unit: 'KVA' } })).toEqual(['requestedCapacity.unit']);
    expect(await bad('replySupplyScheme', { supplyVoltage: '6kV' })).toEqual(['supplyVoltage']);
    expect(await bad('submitDesign', { designer: { name: 'x', qualificationNo: 'y', selectedBy: 'nobody' } })).toEqual(['designer.selectedBy']);
    const suppliers = [{ name: 'a', selectedBy: 'customer' }, { name: 'b', selectedBy: 'them' }];
    expect(await bad('startConstruction', { suppliers })).toEqual(['suppliers.1.selectedBy']);
  });

  it('lets a utility-designated party through: 三不指定 is a rule (422), not a shape', async () => {
    expect(await bad('submitDesign', { designer: { name: 'x', qualificationNo: 'y', selectedBy: 'utility' } })).toEqual([]);
  });

  it('bad dates and times', async () => {
    expect(await bad('startConstruction', { plannedStart: '2025-02-30' })).toEqual(['plannedStart']);
    expect(await bad('startConstruction', { plannedCompletion: '2025-05-30' })).toEqual(['plannedCompletion']);
    expect(await bad('signSupplyContract', { effectiveDate: '20/10/2025' })).toEqual(['effectiveDate']);
    expect(await bad('replySupplyScheme', { validUntil: '2026-03-31T00:00:00Z' })).toEqual(['validUntil']);
    expect(await bad('archiveProject', { occurredAt: '2025-03-03T09:30:00' })).toEqual(['occurredAt']);
  });

  it('an id number that does not fit the customer kind', async () => {
    const asIndividual = { ...application.customer, kind: 'individual' };
    expect(await bad('acceptApplication', { customer: asIndividual })).toEqual(['customer.idNumber']);
    const asOrganisation = { ...RESIDENTIAL_APPLICATION_EXAMPLE.customer, kind: 'organisation' };
    expect(await fieldsFor('acceptApplication', { ...RESIDENTIAL_APPLICATION_EXAMPLE, customer: asOrganisation })).toEqual([
      'customer.idNumber',
    ]);
  });

  it('a bad phone and a bad project id', async () => {
    expect(await bad('acceptApplication', { customer: { ...application.customer, phone: '87654321' } })).toEqual(['customer.phone']);
    expect(await bad('acceptApplication', { projectId: 'prj/2025' })).toEqual(['projectId']);
  });

  it('document codes: unknown codes and empty lists pass to the decider, malformed codes do not', async () => {
    expect(await bad('reportCompletion', { documents: [] })).toEqual([]);
    expect(await bad('reportCompletion', { documents: ['SOMETHING_NEW'] })).toEqual([]);
    expect(await bad('reportCompletion', { documents: ['completion_report'] })).toEqual(['documents']);
    expect(await bad('reportCompletion', { documents: Array(101).fill('TEST_REPORTS') })).toEqual(['documents']);
  });

  it('a rejection without opinions, or with an empty list', async () => {
    expect(await fieldsFor('reviewDesign', { result: 'rejected' })).toEqual(['opinions']);
    expect(await errorsFor('reviewDesign', { result: 'rejected', opinions: [] })).toEqual([
      { field: 'opinions', message: 'opinions must be a non-empty list when result is rejected' },
    ]);
    expect(await fieldsFor('reviewDesign', { result: 'approved' })).toEqual([]);
  });

  it('reads an approval without opinions as an empty list, so the domain always gets a list', () => {
    expect(plainToInstance(COMMAND_DTOS.reviewDesign, { result: 'approved' }).opinions).toEqual([]);
  });

  it('a failed acceptance or a rectification without defects', async () => {
    expect(await fieldsFor('recordAcceptance', { result: 'failed', defects: [] })).toEqual(['defects']);
    expect(await fieldsFor('recordAcceptance', { result: 'passed' })).toEqual([]);
    expect(await bad('recordIntermediateInspection', { result: 'rectificationRequired', defects: [] })).toEqual(['defects']);
    expect(await bad('recordIntermediateInspection', { result: 'rectificationRequired', defects: undefined })).toEqual(['defects']);
  });

  it('lists that must be non-empty, unique or within their vocabulary', async () => {
    expect(await bad('recordIntermediateInspection', { items: [] })).toEqual(['items']);
    expect(await bad('recordIntermediateInspection', { copiesTo: [] })).toEqual(['copiesTo']);
    expect(await bad('recordIntermediateInspection', { copiesTo: ['customer', 'customer'] })).toEqual(['copiesTo']);
    expect(await bad('recordIntermediateInspection', { copiesTo: ['customer', 'landlord'] })).toEqual(['copiesTo']);
    expect(await bad('installMeterAndEnergize', { meterNumbers: [] })).toEqual(['meterNumbers']);
    expect(await bad('installMeterAndEnergize', { meterNumbers: ['3300001', '3300001'] })).toEqual(['meterNumbers']);
  });

  it('an account on a new connection, or an account id that is no id (SPEC §7.1)', async () => {
    expect(await bad('acceptApplication', { businessType: 'newConnection', accountId: 'acct-p-1' })).toEqual(['accountId']);
    expect(await errorsFor('acceptApplication', { ...application, businessType: 'newConnection', accountId: 'acct-p-1' })).toEqual([
      { field: 'accountId', message: 'accountId is only for a capacityIncrease (增容) application' },
    ]);
    expect(await bad('acceptApplication', { businessType: 'capacityIncrease', accountId: 'acct/p-1' })).toEqual(['accountId']);
    expect(await bad('acceptApplication', { businessType: 'capacityIncrease', accountId: null })).toEqual(['accountId']);
    expect(await bad('acceptApplication', { businessType: 'capacityIncrease', accountId: 'acct-p-1' })).toEqual([]);
  });

  it('a revision without its reason', async () => {
    expect(await fieldsFor('reviseSupplyScheme', COMMAND_EXAMPLES.replySupplyScheme)).toEqual(['reason']);
  });

  it('a body that is a list instead of an object', async () => {
    const errors = await validate(plainToInstance(COMMAND_DTOS.archiveProject, [COMMAND_EXAMPLES.archiveProject]), VALIDATOR_OPTIONS);
    expect(errors.length).toBeGreaterThan(0);
  });
});
