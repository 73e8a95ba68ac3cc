import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey, RECTIFICATION_INSPECTION_EXAMPLE, type CommandName } from './support/journey.js';
import { accountOpened } from './support/account-routes.js';
import { expectProblem } from './support/problems.js';

/**
 * The business rules each route can answer with (422, and 403 AUTHORITY_INSUFFICIENT), through HTTP. Each case runs on
 * a fresh project at the right step and checks that nothing was written. The rules themselves are specified in the
 * decider specs; here the point is the HTTP answer: status, code, `missing`, and no event.
 */
describe('command routes: business rules', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  const branch = { tokenOptions: { orgLevel: 'branch' as const, orgUnit: 'hz-xihu-branch' } };

  async function refused(
    name: CommandName,
    body: Record<string, unknown>,
    status: number,
    code: string,
    options: { projectId?: string; send?: Parameters<Journey['send']>[2] } = {},
  ): Promise<Record<string, unknown>> {
    const projectId = options.projectId ?? (await journey.readyFor(name));
    if (name === 'acceptApplication') body.projectId = projectId;
    const before = await journey.eventCount(projectId);
    const res: Response = await journey.send(name, projectId, { ...options.send, body });
    const problem = expectProblem(res, status, code);
    expect(await journey.eventCount(projectId)).toBe(before);
    return problem;
  }
  const body = (name: CommandName, patch: Record<string, unknown> = {}) => ({ ...journey.body(name), ...patch });

  describe('POST /api/projects', () => {
    it('422 DOCUMENTS_MISSING with the complete list of what is missing (一次性告知)', async () => {
      const problem = await refused('acceptApplication', body('acceptApplication', { documents: ['LOAD_DETAILS'] }), 422, 'DOCUMENTS_MISSING');
      expect(problem.missing).toEqual(['PROJECT_APPROVAL', 'EQUIPMENT_LIST', 'RELIABILITY_REQUIREMENTS', 'SITE_LAYOUT_PLAN']);
    });

    it('422 UNIT_MISMATCH for a high-voltage capacity in kW', async () => {
      await refused('acceptApplication', body('acceptApplication', { requestedCapacity: { value: 2000, unit: 'kW' } }), 422, 'UNIT_MISMATCH');
    });

    describe('a capacity increase naming a supply account (SPEC §7.1)', () => {
      const customerId = () => (journey.body('acceptApplication').customer as { id: string }).id;
      const increase = (accountId: string) => body('acceptApplication', { businessType: 'capacityIncrease', accountId });
      const opened = async (accountId: string, owner = customerId()) => {
        await api.appendAccountHistory(accountId, [accountOpened(accountId, { customerId: owner })]);
        return accountId;
      };

      it('201 on an active account of the same customer, the account recorded on the application', async () => {
        const accountId = await opened(`acct-own-${Date.now()}`);
        const projectId = await journey.readyFor('acceptApplication');
        await journey.step('acceptApplication', projectId, { body: { ...increase(accountId), projectId } });
        expect((await journey.events(projectId))[0]!.data).toMatchObject({ businessType: 'capacityIncrease', accountId });
      });

      it('422 ACCOUNT_INVALID for an account never opened', async () => {
        await refused('acceptApplication', increase('acct-nowhere'), 422, 'ACCOUNT_INVALID');
      });

      it("422 ACCOUNT_INVALID for another customer's account", async () => {
        await refused('acceptApplication', increase(await opened(`acct-other-${Date.now()}`, 'cust-someone-else')), 422, 'ACCOUNT_INVALID');
      });

      it('422 ACCOUNT_INVALID for a closed account', async () => {
        const accountId = await opened(`acct-closed-${Date.now()}`);
        const closure = { type: 'SupplyAccountClosed', occurredAt: '2025-02-01T01:00:00.000Z', data: { accountId, finalReading: 1 } } as const;
        await api.appendAccountHistory(accountId, [closure]);
        await refused('acceptApplication', increase(accountId), 422, 'ACCOUNT_INVALID');
      });

      it('400 VALIDATION_FAILED naming accountId on a new connection', async () => {
        const problem = await refused('acceptApplication', body('acceptApplication', { accountId: 'acct-nowhere' }), 400, 'VALIDATION_FAILED');
        expect(problem.errors).toEqual([{ field: 'accountId', message: 'accountId is only for a capacityIncrease (增容) application' }]);
      });
    });
  });

  describe('POST /api/projects/:id/supply-scheme', () => {
    it('422 DEDICATED_LINE_REQUIRED at 3000 kVA without a dedicated line', async () => {
      await refused('replySupplyScheme', body('replySupplyScheme', { approvedCapacity: { value: 3000, unit: 'kVA' } }), 422, 'DEDICATED_LINE_REQUIRED');
    });

    it('422 DUAL_SUPPLY_REQUIRED for a single source to a dual-source customer', async () => {
      await refused('replySupplyScheme', body('replySupplyScheme', { supplyMode: 'single' }), 422, 'DUAL_SUPPLY_REQUIRED');
    });

    it('422 UNIT_MISMATCH for an approved capacity in kW', async () => {
      await refused('replySupplyScheme', body('replySupplyScheme', { approvedCapacity: { value: 2000, unit: 'kW' } }), 422, 'UNIT_MISMATCH');
    });

    it('403 AUTHORITY_INSUFFICIENT for a branch-level approver of a dual-source scheme (city only)', async () => {
      await refused('replySupplyScheme', body('replySupplyScheme'), 403, 'AUTHORITY_INSUFFICIENT', { send: branch });
    });
  });

  describe('POST /api/projects/:id/supply-scheme/revisions', () => {
    it('422 DUAL_SUPPLY_REQUIRED for a dedicated line without a backup source', async () => {
      const { backupSource: _dropped, ...revision } = body('reviseSupplyScheme', { supplyMode: 'dedicatedLine' });
      await refused('reviseSupplyScheme', revision, 422, 'DUAL_SUPPLY_REQUIRED');
    });

    it('403 AUTHORITY_INSUFFICIENT for a branch-level approver', async () => {
      await refused('reviseSupplyScheme', body('reviseSupplyScheme'), 403, 'AUTHORITY_INSUFFICIENT', { send: branch });
    });
  });

  describe('POST /api/projects/:id/design-submissions', () => {
    it('422 DOCUMENTS_MISSING with every missing high-voltage design document', async () => {
      const problem = await refused('submitDesign', body('submitDesign', { documents: ['DESIGN_SPEC'] }), 422, 'DOCUMENTS_MISSING');
      expect(problem.missing).toHaveLength(11);
      expect(problem.missing).toEqual(expect.arrayContaining(['LOAD_DISTRIBUTION_MAP', 'SELF_GENERATION_WIRING']));
    });

    it('422 UTILITY_DESIGNATION_FORBIDDEN for a designer chosen by the utility (三不指定)', async () => {
      const designer = { ...(journey.body('submitDesign').designer as object), selectedBy: 'utility' };
      await refused('submitDesign', body('submitDesign', { designer }), 422, 'UTILITY_DESIGNATION_FORBIDDEN');
    });
  });

  describe('POST /api/projects/:id/design-reviews', () => {
    it('403 AUTHORITY_INSUFFICIENT for a branch-level reviewer of a dual-source design (city only)', async () => {
      await refused('reviewDesign', body('reviewDesign'), 403, 'AUTHORITY_INSUFFICIENT', { send: branch });
    });

    it('400 VALIDATION_FAILED for a rejection without written opinions', async () => {
      await refused('reviewDesign', { result: 'rejected', opinions: [] }, 400, 'VALIDATION_FAILED');
    });
  });

  describe('POST /api/projects/:id/construction-start', () => {
    it('422 UTILITY_DESIGNATION_FORBIDDEN for a contractor chosen by the utility', async () => {
      const contractor = { ...(journey.body('startConstruction').contractor as object), selectedBy: 'utility' };
      await refused('startConstruction', body('startConstruction', { contractor }), 422, 'UTILITY_DESIGNATION_FORBIDDEN');
    });

    it('422 UTILITY_DESIGNATION_FORBIDDEN for a supplier chosen by the utility', async () => {
      const suppliers = [{ name: '某指定设备厂', selectedBy: 'utility' }];
      await refused('startConstruction', body('startConstruction', { suppliers }), 422, 'UTILITY_DESIGNATION_FORBIDDEN');
    });
  });

  describe('POST /api/projects/:id/intermediate-inspections', () => {
    it('400 VALIDATION_FAILED for a rectification without defects', async () => {
      await refused('recordIntermediateInspection', { ...RECTIFICATION_INSPECTION_EXAMPLE, defects: [] }, 400, 'VALIDATION_FAILED');
    });
  });

  describe('POST /api/projects/:id/completion-reports', () => {
    it('422 INSPECTION_REQUIRED before any intermediate inspection (high voltage)', async () => {
      const projectId = await journey.driveTo('startConstruction');
      await refused('reportCompletion', body('reportCompletion'), 422, 'INSPECTION_REQUIRED', { projectId });
    });

    it('422 INSPECTION_REQUIRED while the latest inspection requires rectification', async () => {
      const projectId = await journey.driveTo('recordIntermediateInspection');
      await journey.step('recordIntermediateInspection', projectId, { body: { ...RECTIFICATION_INSPECTION_EXAMPLE } });
      await refused('reportCompletion', body('reportCompletion'), 422, 'INSPECTION_REQUIRED', { projectId });
    });

    it('422 DOCUMENTS_MISSING with every missing completion document', async () => {
      const problem = await refused('reportCompletion', { documents: ['COMPLETION_REPORT', 'TEST_REPORTS'] }, 422, 'DOCUMENTS_MISSING');
      expect([...(problem.missing as string[])].sort()).toEqual(
        ['AS_BUILT_DRAWINGS', 'OPERATOR_LIST', 'COMMUNICATION_SETUP', 'MAIN_WIRING_AND_PROTECTION_SETTINGS', 'CONCEALED_WORKS_RECORDS', 'OPERATING_PROCEDURES'].sort(),
      );
    });
  });

  describe('POST /api/projects/:id/acceptances', () => {
    it('400 VALIDATION_FAILED for a failed acceptance without defects', async () => {
      await refused('recordAcceptance', { result: 'failed', defects: [] }, 400, 'VALIDATION_FAILED');
    });
  });

  describe('POST /api/projects/:id/supply-contract', () => {
    it('400 VALIDATION_FAILED for a contract type that does not fit the class', async () => {
      await refused('signSupplyContract', body('signSupplyContract', { contractType: 'lowVoltage' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('POST /api/projects/:id/energization', () => {
    it('422 CONTRACT_REQUIRED after acceptance but before the contract', async () => {
      const projectId = await journey.driveTo('recordAcceptance');
      await refused('installMeterAndEnergize', body('installMeterAndEnergize'), 422, 'CONTRACT_REQUIRED', { projectId });
    });
  });

  describe('POST /api/projects/:id/post-connection-checks', () => {
    it('409 INVALID_TRANSITION for a second check', async () => {
      const projectId = await journey.driveTo('recordPostConnectionCheck');
      await refused('recordPostConnectionCheck', body('recordPostConnectionCheck'), 409, 'INVALID_TRANSITION', { projectId });
    });
  });
});
