import type { ProjectCommand } from '../project.commands.js';
import type { CustomerClass } from '../project.enums.js';
import type { ProjectStep } from '../project.state.js';
import * as c from '../testing/project.specification.js';
import {
  acceptanceRecorded,
  applicationAccepted,
  archiveProject,
  cancelProject,
  designReviewed,
  designSubmitted,
  given,
  meterInstalledAndEnergized,
  missingExactly,
  postConnectionCheckRecorded,
  projectArchived,
  projectCancelled,
  projectHistory,
  recordPostConnectionCheck,
  supplyContractSigned,
  supplySchemeReplied,
  siteSurveyed,
} from '../testing/project.specification.js';

const CLASSES: CustomerClass[] = ['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'];

/** One valid-looking instance of every command, for the refusals that do not depend on the command's content. */
const EVERY_COMMAND: ProjectCommand[] = [
  c.acceptApplication(),
  c.recordSiteSurvey(),
  c.replySupplyScheme(),
  c.reviseSupplyScheme(),
  c.submitDesign(),
  c.reviewDesign(),
  c.startConstruction(),
  c.recordIntermediateInspection(),
  c.reportCompletion(),
  c.recordAcceptance(),
  c.signSupplyContract(),
  c.installMeterAndEnergize(),
  c.archiveProject(),
  c.cancelProject(),
  c.recordPostConnectionCheck(),
  c.requestIntermediateInspection(),
  c.startCustomerWait(),
  c.endCustomerWait(),
];
const byType = EVERY_COMMAND.map((command) => [command.type, command] as const);

describe('archiving (资料归档, SPEC §3.11)', () => {
  it.each(CLASSES)('archives an energized %s project with a complete dossier', (k) =>
    given(...projectHistory(k, 'energized')).when(archiveProject()).then([projectArchived()]));

  it('is refused before energization', () =>
    given(...projectHistory('highVoltageSingle', 'contractSigned')).when(archiveProject()).thenThrows('INVALID_TRANSITION'));

  it('lists every gap of a high-voltage dossier recorded out of order', () =>
    given(
      applicationAccepted({ documents: [] }),
      acceptanceRecorded(),
      supplyContractSigned(),
      meterInstalledAndEnergized(),
    )
      .when(archiveProject())
      .thenThrows(
        'DOSSIER_INCOMPLETE',
        missingExactly([
          'applicationDocuments',
          'siteSurvey',
          'supplyScheme',
          'designSubmissions',
          'designOpinions',
          'constructionStart',
          'inspections',
          'completionDocuments',
        ]),
      ));

  it('lists a residential dossier without contract or meter numbers', () =>
    given(
      applicationAccepted({ customerClass: 'residential' }),
      siteSurveyed(),
      supplySchemeReplied({}, { forClass: 'residential' }),
      acceptanceRecorded(),
      meterInstalledAndEnergized({ meterNumbers: [] }),
    )
      .when(archiveProject())
      .thenThrows('DOSSIER_INCOMPLETE', missingExactly(['contract', 'meterRecord'])));

  it('counts a rejection recorded without opinions as a dossier gap', () => {
    const [accepted, surveyed, replied, ...rest] = projectHistory('lowVoltage', 'energized');
    given(accepted!, surveyed!, replied!, designSubmitted(), designReviewed({ result: 'rejected', opinions: [] }), ...rest)
      .when(archiveProject())
      .thenThrows('DOSSIER_INCOMPLETE', missingExactly(['designOpinions']));
  });
});

describe('cancelling (撤销, SPEC §3.12)', () => {
  const steps: ProjectStep[] = ['applicationAccepted', 'schemeReplied', 'designSubmitted', 'constructionStarted', 'completionReported', 'contractSigned'];
  it.each(steps)('cancels a project at %s', (step) =>
    given(...projectHistory('highVoltageSingle', step)).when(cancelProject()).then([projectCancelled()]));

  it('is refused after energization', () =>
    given(...projectHistory('lowVoltage', 'energized')).when(cancelProject()).thenThrows('INVALID_TRANSITION'));

  it.each(byType)('a cancelled project refuses %s (PROJECT_CLOSED)', (_type, command) =>
    given(...projectHistory('highVoltageSingle', 'schemeReplied'), projectCancelled())
      .when(command)
      .thenThrows('PROJECT_CLOSED', (e) => expect(e.kind).toBe('conflict')));
});

describe('an archived project', () => {
  const archived = projectHistory('highVoltageSingle', 'archived');

  it.each(byType.filter(([type]) => type !== 'RecordPostConnectionCheck'))('refuses %s (PROJECT_CLOSED)', (_type, command) =>
    given(...archived).when(command).thenThrows('PROJECT_CLOSED'));

  it('still takes the post-connection check', () =>
    given(...archived).when(recordPostConnectionCheck()).then([postConnectionCheckRecorded()]));
});

describe('the post-connection check (送电后检查, SPEC §3.12)', () => {
  it('follows energization', () =>
    given(...projectHistory('lowVoltage', 'energized')).when(recordPostConnectionCheck()).then([postConnectionCheckRecorded()]));

  it('is refused before energization', () =>
    given(...projectHistory('lowVoltage', 'contractSigned')).when(recordPostConnectionCheck()).thenThrows('INVALID_TRANSITION'));

  it('is recorded once', () =>
    given(...projectHistory('lowVoltage', 'energized'), postConnectionCheckRecorded())
      .when(recordPostConnectionCheck())
      .thenThrows('INVALID_TRANSITION'));

  it('leaves the project archivable', () =>
    given(...projectHistory('lowVoltage', 'energized'), postConnectionCheckRecorded()).when(archiveProject()).then([projectArchived()]));
});

describe('a project that does not exist', () => {
  it.each(byType.filter(([type]) => type !== 'AcceptApplication'))('refuses %s (NOT_FOUND)', (_type, command) =>
    given().when(command).thenThrows('NOT_FOUND', (e) => expect(e.kind).toBe('not_found')));
});
