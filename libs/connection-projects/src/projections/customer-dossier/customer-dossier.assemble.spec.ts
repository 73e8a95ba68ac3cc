import * as e from '../../domain/testing/index.js';
import { evolveAuditRow } from '../audit-trail/audit-trail.projection.js';
import type { DossierProjectDocument } from './customer-dossier.js';
import { assembleDossier } from './customer-dossier.assemble.js';
import { evolveDossierProject } from './customer-dossier.evolve.js';
import { storedHistory } from './stored-event.fixtures.js';

const RESIDENT_ID = '33010619900101123X';
const customer = e.applicationAccepted({}, { forClass: 'residential' }).data.customer;

const history = (projectId: string, firstPosition: number, days: number[], details: Partial<typeof customer> = {}) =>
  storedHistory(
    [
      e.applicationAccepted({ customer: { ...customer, ...details } }, { forClass: 'residential', occurredAt: `2025-03-${days[0]}T09:00:00+08:00` }),
      e.siteSurveyed({ findings: `户主身份证 ${RESIDENT_ID} 已核验` }, { occurredAt: `2025-03-${days[1]}T09:00:00+08:00` }),
    ],
    { projectId, firstPosition },
  );
const documentOf = (events: ReturnType<typeof history>) => events.reduce<DossierProjectDocument | null>(evolveDossierProject, null)!;

// The second application (later in the log) changes the contact details and, oddly, the name: only contacts follow it.
const firstHistory = history('p-1', 1, [10, 20]);
const secondHistory = history('p-2', 3, [15, 16], { name: '张三丰', phone: '13900139000', address: '杭州市滨江区 2 号' });
const [first, second] = [documentOf(firstHistory), documentOf(secondHistory)];
// The audit rows of both projects, as the query reads them (any order).
const rows = [...secondHistory, ...firstHistory].map((event) => evolveAuditRow(null, event));

describe('assembleDossier', () => {
  it('takes the identity from the first application and the contact details from the latest', () => {
    const dossier = assembleDossier([second, first], rows, { revealIdNumbers: true })!;
    expect(dossier.customer).toEqual({ ...customer, phone: '13900139000', address: '杭州市滨江区 2 号' });
    expect(dossier.projects.map((p) => p.projectId)).toEqual(['p-1', 'p-2']);
    expect(dossier.projects[0]).not.toHaveProperty('timeline');
  });

  it("merges the projects' audit rows into one timeline by business time, then log position", () => {
    const dossier = assembleDossier([first, second], rows, { revealIdNumbers: true })!;
    expect(dossier.timeline.map((t) => [t.projectId, t.type])).toEqual([
      ['p-1', 'ApplicationAccepted'],
      ['p-2', 'ApplicationAccepted'],
      ['p-2', 'SiteSurveyed'],
      ['p-1', 'SiteSurveyed'],
    ]);
  });

  it('masks the ID number everywhere unless the caller may see it', () => {
    const masked = assembleDossier([first, second], rows, { revealIdNumbers: false })!;
    expect(JSON.stringify(masked)).not.toContain(RESIDENT_ID);
    expect(masked.customer.idNumber).toBe('330***********123X');
    expect(masked.projects.map((p) => p.applicant.idNumber)).toEqual(['330***********123X', '330***********123X']);
    expect(masked.projects[0].siteSurveys[0].findings).toBe('户主身份证 330***********123X 已核验');
    expect(masked.timeline.map((t) => t.type)).toEqual(['ApplicationAccepted', 'ApplicationAccepted', 'SiteSurveyed', 'SiteSurveyed']);
    const revealed = assembleDossier([first, second], rows, { revealIdNumbers: true })!;
    expect(revealed.customer.idNumber).toBe(RESIDENT_ID);
    expect(first.applicant.idNumber).toBe(RESIDENT_ID);
  });

  it('answers null for a customer without projects', () => {
    expect(assembleDossier([], [], { revealIdNumbers: true })).toBeNull();
  });
});
