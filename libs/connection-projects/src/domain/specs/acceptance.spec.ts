import {
  acceptanceRecorded,
  completionReported,
  given,
  installMeterAndEnergize,
  meterInstalledAndEnergized,
  projectHistory,
  recordAcceptance,
  reportCompletion,
  signSupplyContract,
  supplyContractSigned,
} from '../testing/project.specification.js';

const failed = (round = 1) => acceptanceRecorded({ result: 'failed', defects: ['计量箱未封印'], round });

describe('recording acceptance (竣工验收, SPEC §3.8)', () => {
  it('accepts a residential project right after the scheme reply', () =>
    given(...projectHistory('residential', 'schemeReplied')).when(recordAcceptance()).then([acceptanceRecorded({ round: 1 })]));

  it('is refused for a residential project before the scheme reply', () =>
    given(...projectHistory('residential', 'siteSurveyed')).when(recordAcceptance()).thenThrows('INVALID_TRANSITION'));

  it('lets a residential project be re-inspected after a failure', () =>
    given(...projectHistory('residential', 'schemeReplied'), failed()).when(recordAcceptance()).then([acceptanceRecorded({ round: 2 })]));

  it('follows a completion report for low voltage', () =>
    given(...projectHistory('lowVoltage', 'completionReported')).when(recordAcceptance()).then([acceptanceRecorded({ round: 1 })]));

  it('is refused without a completion report awaiting acceptance', () =>
    given(...projectHistory('lowVoltage', 'constructionStarted')).when(recordAcceptance()).thenThrows('INVALID_TRANSITION'));

  it('records a failure with its rectification notice', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported'))
      .when(recordAcceptance({ result: 'failed', defects: ['计量箱未封印'] }))
      .then([failed(1)]));

  it('refuses a failure without defects', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported')).when(recordAcceptance({ result: 'failed' })).thenThrows('VALIDATION_FAILED'));

  it('needs a new completion report after a failure', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported'), failed()).when(recordAcceptance()).thenThrows('INVALID_TRANSITION'));

  it('takes the new completion report after a failure, then accepts round 2', () => {
    const history = [...projectHistory('highVoltageSingle', 'completionReported'), failed()];
    given(...history).when(reportCompletion()).then([completionReported()]);
    given(...history, completionReported()).when(recordAcceptance()).then([acceptanceRecorded({ round: 2 })]);
  });

  it('is refused once passed', () =>
    given(...projectHistory('highVoltageSingle', 'acceptancePassed')).when(recordAcceptance()).thenThrows('INVALID_TRANSITION'));
});

describe('signing the supply contract (供用电合同, SPEC §3.9)', () => {
  it('is refused before acceptance passed', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported'), failed()).when(signSupplyContract()).thenThrows('INVALID_TRANSITION'));

  it('records the contract after acceptance passed', () =>
    given(...projectHistory('highVoltageSingle', 'acceptancePassed')).when(signSupplyContract()).then([supplyContractSigned()]));

  it('is an endorsement on the application for residential customers', () =>
    given(...projectHistory('residential', 'acceptancePassed'))
      .when(signSupplyContract({}, 'residential'))
      .then([supplyContractSigned({ contractType: 'residentialEndorsement' })]));

  it('refuses a contract type that does not fit the class', () =>
    given(...projectHistory('lowVoltage', 'acceptancePassed')).when(signSupplyContract({ contractType: 'highVoltage' })).thenThrows('VALIDATION_FAILED'));

  it('is signed once', () =>
    given(...projectHistory('highVoltageSingle', 'contractSigned')).when(signSupplyContract()).thenThrows('INVALID_TRANSITION'));
});

describe('installing the meter and energizing (装表接电, SPEC §3.10)', () => {
  it('energizes after acceptance and contract', () =>
    given(...projectHistory('highVoltageDual', 'contractSigned')).when(installMeterAndEnergize()).then([meterInstalledAndEnergized()]));

  it('is refused before acceptance passed (INVALID_TRANSITION)', () =>
    given(...projectHistory('lowVoltage', 'completionReported')).when(installMeterAndEnergize()).thenThrows('INVALID_TRANSITION'));

  it('needs the contract (CONTRACT_REQUIRED)', () =>
    given(...projectHistory('residential', 'acceptancePassed')).when(installMeterAndEnergize()).thenThrows('CONTRACT_REQUIRED', (e) => expect(e.kind).toBe('rule')));

  it('refuses an energization without meter numbers', () =>
    given(...projectHistory('residential', 'contractSigned')).when(installMeterAndEnergize({ meterNumbers: [] })).thenThrows('VALIDATION_FAILED'));

  it('is refused a second time', () =>
    given(...projectHistory('residential', 'energized')).when(installMeterAndEnergize()).thenThrows('INVALID_TRANSITION'));
});
