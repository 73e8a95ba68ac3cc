import type { CustomerClass } from '../project.enums.js';
import {
  completionReported,
  constructionStarted,
  designReviewed,
  given,
  intermediateInspectionRecorded,
  missingExactly,
  projectHistory,
  recordIntermediateInspection,
  reportCompletion,
  startConstruction,
} from '../testing/project.specification.js';

const passed = intermediateInspectionRecorded({ result: 'passed' });
const rectification = (round: number) =>
  intermediateInspectionRecorded({ result: 'rectificationRequired', defects: ['接地电阻超标'], round });

describe('starting construction (开工报告, SPEC §3.5)', () => {
  it('records the start after design approval', () =>
    given(...projectHistory('lowVoltage', 'designApproved')).when(startConstruction()).then([constructionStarted()]));

  it('is refused while the design is only submitted', () =>
    given(...projectHistory('lowVoltage', 'designSubmitted')).when(startConstruction()).thenThrows('INVALID_TRANSITION'));

  it('is refused after a rejected design', () =>
    given(...projectHistory('lowVoltage', 'designSubmitted'), designReviewed({ result: 'rejected', opinions: ['缺图'] }))
      .when(startConstruction())
      .thenThrows('INVALID_TRANSITION'));

  it('is refused for a residential project', () =>
    given(...projectHistory('residential', 'schemeReplied')).when(startConstruction()).thenThrows('INVALID_TRANSITION'));

  it('is refused a second time', () =>
    given(...projectHistory('lowVoltage', 'constructionStarted')).when(startConstruction()).thenThrows('INVALID_TRANSITION'));

  it('refuses a contractor designated by the utility (三不指定)', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved'))
      .when(startConstruction({ contractor: { name: '指定施工队', qualificationNo: 'D1', licenceNo: 'L1', selectedBy: 'utility' } }))
      .thenThrows('UTILITY_DESIGNATION_FORBIDDEN'));

  it('refuses an equipment supplier designated by the utility (三不指定)', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved'))
      .when(startConstruction({ suppliers: [{ name: '客户自选厂', selectedBy: 'customer' }, { name: '指定变压器厂', selectedBy: 'utility' }] }))
      .thenThrows('UTILITY_DESIGNATION_FORBIDDEN', (error) => expect(error.message).toContain('指定变压器厂')));

  it('records suppliers chosen by the customer', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved'))
      .when(startConstruction({ suppliers: [{ name: '客户自选厂', selectedBy: 'customer' }] }))
      .then([constructionStarted({ suppliers: [{ name: '客户自选厂', selectedBy: 'customer' }] })]));

  it('refuses a planned completion before the planned start', () =>
    given(...projectHistory('lowVoltage', 'designApproved'))
      .when(startConstruction({ plannedStart: '2025-05-01', plannedCompletion: '2025-04-30' }))
      .thenThrows('VALIDATION_FAILED'));
});

describe('recording an intermediate inspection (中间检查, SPEC §3.6)', () => {
  const started = projectHistory('highVoltageSingle', 'constructionStarted');

  it('records the first inspection as round 1', () =>
    given(...started).when(recordIntermediateInspection()).then([intermediateInspectionRecorded({ round: 1 })]));

  it('numbers the next inspection', () =>
    given(...started, rectification(1))
      .when(recordIntermediateInspection())
      .then([intermediateInspectionRecorded({ round: 2 })]));

  it('is refused before construction starts', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved')).when(recordIntermediateInspection()).thenThrows('INVALID_TRANSITION'));

  it('is refused while a completion report awaits acceptance', () =>
    given(...projectHistory('highVoltageSingle', 'completionReported')).when(recordIntermediateInspection()).thenThrows('INVALID_TRANSITION'));

  it('refuses a rectification requirement without defects', () =>
    given(...started).when(recordIntermediateInspection({ result: 'rectificationRequired', defects: [] })).thenThrows('VALIDATION_FAILED'));

  it('refuses an inspection that checked nothing', () =>
    given(...started).when(recordIntermediateInspection({ items: [] })).thenThrows('VALIDATION_FAILED'));

  it('is optional for low voltage but allowed', () =>
    given(...projectHistory('lowVoltage', 'constructionStarted'))
      .when(recordIntermediateInspection())
      .then((events) => expect(events.map((e) => e.type)).toEqual(['IntermediateInspectionRecorded'])));
});

describe('reporting completion (竣工报告, SPEC §3.7)', () => {
  const started = (k: CustomerClass) => projectHistory(k, 'constructionStarted');

  it('accepts a low-voltage completion without any inspection', () =>
    given(...started('lowVoltage')).when(reportCompletion({}, 'lowVoltage')).then([completionReported({}, { forClass: 'lowVoltage' })]));

  it.each<CustomerClass>(['highVoltageSingle', 'highVoltageDual'])('needs a passed inspection for %s', (k) =>
    given(...started(k)).when(reportCompletion({}, k)).thenThrows('INSPECTION_REQUIRED'));

  it('refuses when the only inspection requires rectification', () =>
    given(...started('highVoltageSingle'), rectification(1)).when(reportCompletion()).thenThrows('INSPECTION_REQUIRED'));

  it('refuses when the latest inspection reopened a rectification after a pass', () =>
    given(...started('highVoltageSingle'), passed, rectification(2)).when(reportCompletion()).thenThrows('INSPECTION_REQUIRED'));

  it('accepts once the rectification was followed by a passed inspection', () =>
    given(...started('highVoltageSingle'), rectification(1), intermediateInspectionRecorded({ round: 2 }))
      .when(reportCompletion())
      .then([completionReported()]));

  it('reports the inspection before missing documents (SPEC order)', () =>
    given(...started('highVoltageSingle')).when(reportCompletion({ documents: [] })).thenThrows('INSPECTION_REQUIRED'));

  it('lists every missing low-voltage completion document', () =>
    given(...started('lowVoltage'))
      .when(reportCompletion({ documents: ['COMPLETION_REPORT'] }, 'lowVoltage'))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['AS_BUILT_DRAWINGS', 'TEST_REPORTS', 'OPERATOR_LIST', 'COMMUNICATION_SETUP'])));

  it('asks high voltage for the three extra documents', () =>
    given(...started('highVoltageSingle'), passed)
      .when(reportCompletion({}, 'lowVoltage'))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['MAIN_WIRING_AND_PROTECTION_SETTINGS', 'CONCEALED_WORKS_RECORDS', 'OPERATING_PROCEDURES'])));

  it('is refused for a residential project', () =>
    given(...projectHistory('residential', 'schemeReplied')).when(reportCompletion()).thenThrows('INVALID_TRANSITION'));

  it('is refused before construction starts', () =>
    given(...projectHistory('lowVoltage', 'designApproved')).when(reportCompletion({}, 'lowVoltage')).thenThrows('INVALID_TRANSITION'));

  it('is refused while the previous report awaits acceptance', () =>
    given(...projectHistory('lowVoltage', 'completionReported')).when(reportCompletion({}, 'lowVoltage')).thenThrows('INVALID_TRANSITION'));
});
