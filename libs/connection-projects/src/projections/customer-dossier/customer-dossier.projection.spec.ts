import type { StoredEvent } from '#event-sourcing';
import * as e from '../../domain/testing/index.js';
import type { DossierProjectDocument } from './customer-dossier.js';
import { evolveDossierProject } from './customer-dossier.evolve.js';
import { customerDossierProjection } from './customer-dossier.projection.js';
import { foldLikeRunner, storedHistory } from './stored-event.fixtures.js';

const at = (day: number, hour = 9) => `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const o = (day: number) => ({ occurredAt: at(day) });

/** A high-voltage project with a revision, a rejected design, a failed acceptance, then to archive. */
const fullHistory = storedHistory(
  [
    e.applicationAccepted({}, o(3)),
    e.siteSurveyed({}, o(4)),
    e.supplySchemeReplied({}, o(5)),
    e.supplySchemeRevised({ approvedCapacity: { value: 1000, unit: 'kVA' } }, o(6)),
    e.designSubmitted({}, o(7)),
    e.designReviewed({ result: 'rejected', opinions: ['补充接地设计'] }, o(8)),
    e.designSubmitted({ round: 2 }, o(9)),
    e.designReviewed({ round: 2, result: 'approved' }, o(10)),
    e.constructionStarted({}, o(11)),
    e.intermediateInspectionRecorded({}, o(12)),
    e.completionReported({}, o(13)),
    e.acceptanceRecorded({ result: 'failed', defects: ['接地电阻超标'] }, o(14)),
    e.completionReported({}, o(15)),
    e.acceptanceRecorded({ round: 2, result: 'passed' }, o(16)),
    e.supplyContractSigned({}, o(17)),
    e.meterInstalledAndEnergized({ meterNumbers: ['3300001234567890123456'] }, o(18)),
    e.projectArchived({ archiveNo: 'DA-2025-0001' }, o(19)),
    e.postConnectionCheckRecorded({}, o(20)),
  ],
  { projectId: 'p-1', firstPosition: 11 },
);

const fold = (events: StoredEvent[]) => events.reduce<DossierProjectDocument | null>(evolveDossierProject, null);
const by = { name: '王工', role: 'clerk' };

describe('customer-dossier projection', () => {
  it('files every event of a project under the project, found by its customer', () => {
    expect(fullHistory.map((event) => customerDossierProjection.documentIds(event)).flat()).toEqual(fullHistory.map(() => 'p-1'));
    expect(customerDossierProjection.indexes).toContainEqual(['customerId', 'applicationPosition']);
  });

  it('keeps the whole record of the project, each entry with who recorded it and when', () => {
    const doc = fold(fullHistory)!;
    expect(doc).toMatchObject({
      projectId: 'p-1',
      customerId: 'c-0002',
      applicant: { id: 'c-0002', kind: 'organisation', idNumber: '91330100MA2XXXXX08', phone: '0571-87654321' },
      applicationPosition: 11,
      appliedAt: at(3),
      status: 'archived',
      position: 28,
      scheme: {
        replied: { approvedCapacity: { value: 800, unit: 'kVA' }, at: at(5), by },
        revisions: [{ approvedCapacity: { value: 1000, unit: 'kVA' }, reason: '客户调整用电设备，容量变更', at: at(6), by }],
      },
      construction: { contractor: { name: '杭州某某电力安装公司' }, at: at(11) },
      contract: { contractType: 'highVoltage', signedAt: at(17) },
      meter: { meterNumbers: ['3300001234567890123456'], energizedAt: at(18) },
      archive: { archiveNo: 'DA-2025-0001', archivedAt: at(19) },
    });
    expect(doc.applicationDocuments).toEqual(e.applicationAccepted().data.documents);
    expect(doc.designSubmissions.map((s) => [s.round, s.submittedAt, s.review?.result, s.review?.opinions])).toEqual([
      [1, at(7), 'rejected', ['补充接地设计']],
      [2, at(9), 'approved', []],
    ]);
    expect(doc.inspections).toEqual([{ round: 1, at: at(12), items: ['隐蔽工程', '变压器容量', '继电保护', '防雷', '接地'], result: 'passed', defects: [], copiesTo: ['customer', 'contractor', 'utility'], by }]);
    expect(doc.completionReports.map((r) => r.at)).toEqual([at(13), at(15)]);
    expect(doc.completionReports[0].documents).toContain('AS_BUILT_DRAWINGS');
    expect(doc.acceptanceRounds.map((r) => [r.round, r.result, r.defects])).toEqual([[1, 'failed', ['接地电阻超标']], [2, 'passed', []]]);
    expect(doc.siteSurveys).toHaveLength(1);
    expect(doc.postConnectionChecks).toHaveLength(1);
  });

  it('keeps no timeline of its own: the query reads it from the audit trail', () => {
    expect(fold(fullHistory)).not.toHaveProperty('timeline');
    expect(customerDossierProjection.version).toBe(3);
  });

  it('records a cancellation as terminal status', () => {
    const cancelled = storedHistory([e.applicationAccepted({}, o(3)), e.projectCancelled({ reason: '客户撤回', requestedBy: 'customer' }, o(4))]);
    expect(fold(cancelled)).toMatchObject({ status: 'cancelled', cancellation: { reason: '客户撤回', requestedBy: 'customer', at: at(4), by } });
  });

  it('tolerates odd history: events before the application, unknown types, an application without a customer', () => {
    const [accepted, surveyed] = fullHistory;
    expect(fold([surveyed])).toBeNull();
    expect(fold([{ ...accepted, data: { projectId: 'p-1' } }])).toBeNull();
    const doc = fold([accepted]);
    expect(evolveDossierProject(doc, { ...surveyed, type: 'SomethingNew' })).toBe(doc);
  });

  it('never mutates the document it is given', () => {
    const before = fold(fullHistory.slice(0, 5))!;
    const snapshot = structuredClone(before);
    evolveDossierProject(before, fullHistory[5]);
    expect(before).toEqual(snapshot);
  });

  it('gives the same document when every event is delivered twice', () => {
    const once = fold(fullHistory);
    const doubled = fullHistory.flatMap((event) => [event, event]);
    // The runner skips the second delivery by position; evolve itself also ignores an event already applied.
    expect(foldLikeRunner(evolveDossierProject, doubled)).toEqual(once);
    expect(fold(doubled)).toEqual(once);
    expect(fold(fullHistory)).toEqual(once);
  });
});
