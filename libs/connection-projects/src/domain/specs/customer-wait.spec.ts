import type { ProjectEvent } from '../project.events.js';
import type { ProjectStep } from '../project.state.js';
import { evolve, foldProject } from '../project.evolve.js';
import {
  designReviewed,
  customerWaitEnded,
  customerWaitStarted,
  endCustomerWait,
  given,
  intermediateInspectionRecorded,
  intermediateInspectionRequested,
  projectCancelled,
  projectHistory,
  recordIntermediateInspection,
  reportCompletion,
  requestIntermediateInspection,
  startCustomerWait,
  acceptanceRecorded,
  completionReported,
} from '../testing/project.specification.js';

const at = (time: string) => `2025-03-${time}:00.000Z`;

describe('requesting an intermediate inspection (中间检查申请, SPEC §3.13)', () => {
  const started = projectHistory('highVoltageSingle', 'constructionStarted');

  it('records the request with its stage and contact, as request 1', () =>
    given(...started)
      .when(requestIntermediateInspection({ stage: '隐蔽工程', contact: '赵工 13900001111' }))
      .then([intermediateInspectionRequested({ stage: '隐蔽工程', contact: '赵工 13900001111', round: 1 })]));

  it('records a request without a contact, which is optional', () =>
    given(...started)
      .when(requestIntermediateInspection({ contact: undefined }))
      .then([{ type: 'IntermediateInspectionRequested', data: { projectId: 'p-0001', stage: '隐蔽工程', round: 1 }, occurredAt: '2025-04-01T02:00:00.000Z' }]));

  it('is taken for a low-voltage project, whose inspection is optional', () =>
    given(...projectHistory('lowVoltage', 'constructionStarted')).when(requestIntermediateInspection()).then([intermediateInspectionRequested()]));

  it('is refused while a request is open (one at a time)', () =>
    given(...started, intermediateInspectionRequested()).when(requestIntermediateInspection()).thenThrows('INVALID_TRANSITION'));

  it('is taken again once the next inspection has answered the open one, as request 2', () =>
    given(...started, intermediateInspectionRequested(), intermediateInspectionRecorded({ result: 'rectificationRequired', defects: ['接地电阻超标'] }))
      .when(requestIntermediateInspection({ stage: '整改复查' }))
      .then([intermediateInspectionRequested({ stage: '整改复查', round: 2 })]));

  it('leaves the utility free to inspect without a request', () =>
    given(...started).when(recordIntermediateInspection()).then([intermediateInspectionRecorded({ round: 1 })]));

  it('answers an open request with the next inspection', () =>
    given(...started, intermediateInspectionRequested()).when(recordIntermediateInspection()).then([intermediateInspectionRecorded({ round: 1 })]));

  const tooEarlyOrLate: [string, ProjectStep][] = [
    ['before construction starts', 'designApproved'],
    ['while a completion report awaits its acceptance', 'completionReported'],
    ['after acceptance passed', 'acceptancePassed'],
  ];
  it.each(tooEarlyOrLate)('is refused %s', (_why, step) =>
    given(...projectHistory('highVoltageDual', step)).when(requestIntermediateInspection()).thenThrows('INVALID_TRANSITION'));

  it('is refused for a residential project, which has no construction step', () =>
    given(...projectHistory('residential', 'schemeReplied')).when(requestIntermediateInspection()).thenThrows('INVALID_TRANSITION'));

  it('is taken after a failed acceptance, before completion is reported again', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported'), acceptanceRecorded({ result: 'failed', defects: ['电缆沟未封堵'] }))
      .when(requestIntermediateInspection())
      .then([intermediateInspectionRequested()]));

  it('is refused with OCCURRED_AT_INVALID when dated before the previous event', () =>
    given(...started).when(requestIntermediateInspection({ occurredAt: '2025-03-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));
});

describe('waits on the customer (客户原因暂停计时, SPEC §3.14)', () => {
  it.each(['documentsSupplement', 'customerRequestedDelay', 'accessSystemDesign'] as const)('starts a wait of kind %s', (kind) =>
    given(...projectHistory('lowVoltage', 'applicationAccepted'))
      .when(startCustomerWait({ kind, reason: '客户原因' }))
      .then([customerWaitStarted({ kind, reason: '客户原因' })]));

  const histories: [string, ProjectEvent[]][] = [
    ['after the application', projectHistory('highVoltageSingle', 'applicationAccepted')],
    ['after the scheme reply', projectHistory('highVoltageSingle', 'schemeReplied')],
    ['after a rejected design', [...projectHistory('highVoltageSingle', 'designSubmitted'), designReviewed({ result: 'rejected', opinions: ['缺图'] })]],
    ['during construction', projectHistory('highVoltageSingle', 'constructionStarted')],
    ['after a failed acceptance', [...projectHistory('highVoltageSingle', 'completionReported'), acceptanceRecorded({ result: 'failed', defects: ['电缆沟未封堵'] })]],
    ['after the contract', projectHistory('highVoltageSingle', 'contractSigned')],
  ];
  it.each(histories)('starts a wait %s', (_when, history) => given(...history).when(startCustomerWait()).then([customerWaitStarted()]));

  it('starts a wait for a residential project', () =>
    given(...projectHistory('residential', 'acceptancePassed')).when(startCustomerWait()).then([customerWaitStarted()]));

  it('is refused while a wait is open (at most one)', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted()).when(startCustomerWait()).thenThrows('INVALID_TRANSITION'));

  it('ends the open wait, with notes', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted())
      .when(endCustomerWait({ notes: '客户已补正批文' }))
      .then([customerWaitEnded({ notes: '客户已补正批文' })]));

  it('ends the open wait without notes, which are optional', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted())
      .when(endCustomerWait())
      .then([{ type: 'CustomerWaitEnded', data: { projectId: 'p-0001' }, occurredAt: '2025-04-01T02:00:00.000Z' }]));

  it('refuses to end a wait when none is open', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied')).when(endCustomerWait()).thenThrows('INVALID_TRANSITION'));

  it('refuses to end a wait already ended', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted(), customerWaitEnded()).when(endCustomerWait()).thenThrows('INVALID_TRANSITION'));

  it('opens a second wait after the first has ended', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted(), customerWaitEnded())
      .when(startCustomerWait({ kind: 'customerRequestedDelay' }))
      .then([customerWaitStarted({ kind: 'customerRequestedDelay' })]));

  it('is refused after energization (INVALID_TRANSITION)', () =>
    given(...projectHistory('lowVoltage', 'energized')).when(startCustomerWait()).thenThrows('INVALID_TRANSITION'));

  it('refuses to end a wait after energization (INVALID_TRANSITION)', () =>
    given(...projectHistory('lowVoltage', 'contractSigned'), customerWaitStarted(), ...projectHistory('lowVoltage', 'energized').slice(-1))
      .when(endCustomerWait())
      .thenThrows('INVALID_TRANSITION'));

  it('refuses both on a cancelled project (PROJECT_CLOSED): cancellation ended the wait with the project', () => {
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted(), projectCancelled()).when(endCustomerWait()).thenThrows('PROJECT_CLOSED');
    given(...projectHistory('lowVoltage', 'schemeReplied'), projectCancelled()).when(startCustomerWait()).thenThrows('PROJECT_CLOSED');
  });

  it('refuses both on an archived project (PROJECT_CLOSED)', () =>
    given(...projectHistory('lowVoltage', 'archived')).when(startCustomerWait()).thenThrows('PROJECT_CLOSED'));

  it('lets other commands go on during a wait', () =>
    given(...projectHistory('highVoltageSingle', 'constructionStarted'), customerWaitStarted(), intermediateInspectionRecorded())
      .when(reportCompletion())
      .then([completionReported()]));

  it('is refused with OCCURRED_AT_INVALID when dated in the future', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied')).when(startCustomerWait({ occurredAt: '2099-01-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it('is refused with OCCURRED_AT_INVALID when the end is dated before the start', () =>
    given(...projectHistory('lowVoltage', 'schemeReplied'), customerWaitStarted({}, { occurredAt: at('20T02:00') }))
      .when(endCustomerWait({ occurredAt: at('20T01:00') }))
      .thenThrows('OCCURRED_AT_INVALID'));

  it('leaves the project at its step, and cancellation closes the wait', () => {
    const waiting = foldProject([...projectHistory('highVoltageSingle', 'constructionStarted'), customerWaitStarted()]);
    expect([waiting.step, waiting.customerWaitOpen]).toEqual(['constructionStarted', true]);
    expect(evolve(waiting, projectCancelled()).customerWaitOpen).toBe(false);
  });
});
