import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey, MAIN_LINE, ROUTES, type CommandName } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * The refusals every command route can give (API.md Errors), each on a project that is otherwise ready for the command,
 * and each leaving the project's stream as it was. Refusals write nothing, so the projects are shared by all cases.
 */
interface RouteCase {
  name: CommandName;
  /** A field the body cannot do without (none: every field of the body is optional). */
  required?: string;
  /** A field sent with the wrong type (the required one unless told). */
  typed?: string;
  /** The main-line command after which this route is out of step (409 INVALID_TRANSITION). */
  outOfStepAfter: CommandName;
}

const CASES: RouteCase[] = [
  { name: 'acceptApplication', required: 'customerClass', outOfStepAfter: 'acceptApplication' },
  { name: 'recordSiteSurvey', required: 'findings', outOfStepAfter: 'replySupplyScheme' },
  { name: 'replySupplyScheme', required: 'supplyMode', outOfStepAfter: 'acceptApplication' },
  { name: 'submitDesign', required: 'designer', outOfStepAfter: 'recordSiteSurvey' },
  { name: 'reviewDesign', required: 'result', outOfStepAfter: 'replySupplyScheme' },
  { name: 'startConstruction', required: 'contractor', outOfStepAfter: 'replySupplyScheme' },
  { name: 'recordIntermediateInspection', required: 'copiesTo', outOfStepAfter: 'reviewDesign' },
  { name: 'reportCompletion', required: 'documents', outOfStepAfter: 'reviewDesign' },
  { name: 'recordAcceptance', required: 'result', outOfStepAfter: 'startConstruction' },
  { name: 'signSupplyContract', required: 'contractNo', outOfStepAfter: 'reportCompletion' },
  { name: 'installMeterAndEnergize', required: 'meterNumbers', outOfStepAfter: 'reportCompletion' },
  { name: 'archiveProject', required: 'archiveNo', outOfStepAfter: 'signSupplyContract' },
  { name: 'recordPostConnectionCheck', required: 'findings', outOfStepAfter: 'signSupplyContract' },
  { name: 'reviseSupplyScheme', required: 'reason', outOfStepAfter: 'startConstruction' },
  { name: 'cancelProject', required: 'requestedBy', outOfStepAfter: 'installMeterAndEnergize' },
  { name: 'requestIntermediateInspection', required: 'stage', outOfStepAfter: 'reviewDesign' },
  { name: 'startCustomerWait', required: 'kind', outOfStepAfter: 'installMeterAndEnergize' },
  { name: 'endCustomerWait', typed: 'notes', outOfStepAfter: 'acceptApplication' },
];

describe('command routes: refusals write nothing', () => {
  let api: ApiHarness;
  let journey: Journey;
  /** One project per main-line command, taken up to and including it. */
  const after = {} as Record<CommandName, string>;
  let cancelled: string;
  /** A project waiting on the customer. */
  let waiting: string;

  /** The project on which `name` would be accepted (an unused id for the application). */
  const readyFor = (name: CommandName): string => {
    if (name === 'acceptApplication') return 'prj-refusals-unused';
    if (name === 'reviseSupplyScheme') return after.replySupplyScheme;
    if (name === 'cancelProject' || name === 'startCustomerWait') return after.acceptApplication;
    if (name === 'requestIntermediateInspection') return after.startConstruction;
    if (name === 'endCustomerWait') return waiting;
    return after[MAIN_LINE[MAIN_LINE.indexOf(name) - 1]!];
  };

  /** The example body, aimed at the ready project (the application carries its project id in the body). */
  const bodyFor = (name: CommandName): Record<string, unknown> => ({
    ...journey.body(name),
    ...(name === 'acceptApplication' ? { projectId: readyFor(name) } : {}),
  });

  /** Sends, expects the problem, and checks that the project's event count did not move. */
  async function expectRefused(send: () => Promise<Response>, projectId: string, status: number, code: string) {
    const before = await journey.eventCount(projectId);
    const body = expectProblem(await send(), status, code);
    expect(await journey.eventCount(projectId)).toBe(before);
    return body;
  }

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    // Independent projects: built side by side to keep the suite quick.
    const built = await Promise.all(MAIN_LINE.map((name) => journey.driveTo(name)));
    MAIN_LINE.forEach((name, i) => (after[name] = built[i]!));
    cancelled = await journey.cancelled();
    waiting = await journey.apply();
    await journey.step('startCustomerWait', waiting);
  });
  afterAll(() => api.close());

  it('covers every command route', () => {
    expect(CASES.map((c) => c.name).sort()).toEqual(ROUTES.map((r) => r.name).sort());
  });

  describe.each(CASES)('$name', ({ name, required, typed = required!, outOfStepAfter }) => {
    if (required !== undefined) {
      it(`400 VALIDATION_FAILED naming the missing field ${required}`, async () => {
        const body = bodyFor(name);
        delete body[required];
        const problem = await expectRefused(() => journey.send(name, readyFor(name), { body }), readyFor(name), 400, 'VALIDATION_FAILED');
        expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: required })]));
      });
    }

    it(`400 VALIDATION_FAILED for ${typed} of the wrong type`, async () => {
      const body = { ...bodyFor(name), [typed]: 42 };
      const problem = await expectRefused(() => journey.send(name, readyFor(name), { body }), readyFor(name), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: typed })]));
    });

    it('400 VALIDATION_FAILED for an unknown field', async () => {
      const body = { ...bodyFor(name), approvedBy: 'someone else' };
      const problem = await expectRefused(() => journey.send(name, readyFor(name), { body }), readyFor(name), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual([{ field: 'approvedBy', message: expect.any(String) }]);
    });

    if (name !== 'acceptApplication') {
      it('404 NOT_FOUND for a project that does not exist, and does not create it', async () => {
        const missing = `prj-missing-${name}`;
        await expectRefused(() => journey.send(name, missing), missing, 404, 'NOT_FOUND');
      });
    }

    it('412 PRECONDITION_FAILED when If-Match names another version', async () => {
      const projectId = readyFor(name);
      const stale = `"${(await journey.eventCount(projectId)) + 1}"`;
      await expectRefused(() => journey.send(name, projectId, { headers: { 'If-Match': stale } }), projectId, 412, 'PRECONDITION_FAILED');
    });

    it(`409 INVALID_TRANSITION out of step (after ${outOfStepAfter})`, async () => {
      const projectId = after[outOfStepAfter];
      await expectRefused(() => journey.send(name, projectId), projectId, 409, 'INVALID_TRANSITION');
    });

    it('409 PROJECT_CLOSED on a cancelled project', async () => {
      await expectRefused(() => journey.send(name, cancelled), cancelled, 409, 'PROJECT_CLOSED');
    });

    if (name !== 'recordPostConnectionCheck') {
      it('409 PROJECT_CLOSED on an archived project', async () => {
        const archived = after.archiveProject;
        await expectRefused(() => journey.send(name, archived), archived, 409, 'PROJECT_CLOSED');
      });
    }

    it('422 OCCURRED_AT_INVALID for a business time in the future', async () => {
      const body = { ...bodyFor(name), occurredAt: new Date(Date.now() + 86_400_000).toISOString() };
      await expectRefused(() => journey.send(name, readyFor(name), { body }), readyFor(name), 422, 'OCCURRED_AT_INVALID');
    });
  });

  it('left every shared project exactly where it was built', async () => {
    const counts = await Promise.all(MAIN_LINE.map((name) => journey.eventCount(after[name])));
    expect(counts).toEqual(MAIN_LINE.map((_, i) => i + 1));
    expect(await journey.eventCount(cancelled)).toBe(2);
    expect(await journey.eventCount(waiting)).toBe(2);
    expect(await journey.eventCount(readyFor('acceptApplication'))).toBe(0);
  });
});
