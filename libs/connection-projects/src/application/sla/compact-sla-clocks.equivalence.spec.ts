import type { AccountEvent, CustomerClass, ProjectEvent } from '../../domain/index.js';
import { accountEvent, accountOpened } from '../../domain/account/testing/account.fixtures.js';
import * as e from '../../domain/testing/index.js';
import { instantMs, prcCalendar, shanghaiEpochDay, utcInstant } from '../../domain/calendar/index.js';
import { pausedTermsAt } from '../../domain/sla/index.js';
import { evolveSlaClocks, type AlertStatus, type SlaAlert, type SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { listSlaAlerts } from '../../projections/sla-clocks/testing/sla-alerts.reference.js';
import { buildSlaDashboard } from '../../projections/sla-clocks/testing/sla-dashboard.reference.js';
import { storedEvents, type FixtureProject } from '../../projections/sla-clocks/testing/national-day.fixture.js';
import { storedAccountHistory } from '../../projections/account-view/stored-account-events.fixtures.js';
import { stored } from '../../projections/complaint-view/stored-case-events.fixtures.js';
import { CLAIM_EVENT_SCHEMA, claimStreamId, COMPLAINT_EVENT_SCHEMA, complaintStreamId, SATISFACTIONS } from '../../domain/index.js';
import { claimFiled, damageInvestigated } from '../../domain/claim/testing/claim.fixtures.js';
import { complaintEvent, complaintReceived } from '../../domain/complaint/testing/complaint.fixtures.js';
import { compactAlertPage, compactAlerts } from './compact-alerts.js';
import { compactDashboard } from './compact-dashboard.js';
import { CompactSlaClocks } from './compact-sla-clocks.js';

/**
 * The in-memory index must give exactly the answers of the reference functions over the `sla-clocks` documents
 * (`buildSlaDashboard`, `listSlaAlerts`), for any asOf, period and filter. Random projects and accounts (seeded) from
 * mid-2025 into 2027 (a year without calendar data, so estimated deadlines), stopped at random steps, some cancelled
 * or closed, are folded by the real projection; the index is fed every intermediate document, as it is when it catches up.
 */
const random = (() => {
  let seed = 20251001;
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
})();
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const DAY = 86_400_000;
const START = Date.parse('2025-06-01T00:00:00+08:00');
const SPAN = 640 * DAY; // to early 2027
const ORG_UNITS = ['HZ-XH-BRANCH', 'HZ-YH-BRANCH', 'HZ-BJ-BRANCH'];
const CLASSES: CustomerClass[] = ['residential', 'lowVoltage', 'highVoltageSingle'];
const POLICIES = ['seed', 'sgcc-assessment'];

type Step = (o: e.EventFixtureOptions) => ProjectEvent;
const steps = (customerClass: CustomerClass): Step[] => {
  const design: Step[] = customerClass === 'residential' ? [] : [
    (o) => e.designSubmitted({ round: 1 }, o),
    (o) => e.designReviewed({ round: 1, result: 'rejected', opinions: ['重新设计'] }, o),
    (o) => e.designSubmitted({ round: 2 }, o),
    (o) => e.designReviewed({ round: 2, result: 'approved', opinions: [] }, o),
  ];
  return [
    (o) => e.supplySchemeReplied({}, o),
    ...design,
    (o) => e.acceptanceRecorded({ result: 'passed' }, o),
    (o) => e.supplyContractSigned({}, o),
    (o) => e.meterInstalledAndEnergized({}, o),
    (o) => e.projectArchived({}, o),
    (o) => e.postConnectionCheckRecorded({}, o),
  ];
};

function randomProject(n: number): FixtureProject {
  const projectId = `p-${String(n).padStart(4, '0')}`;
  const customerClass = pick(CLASSES);
  let at = START + Math.floor(random() * SPAN);
  const time = () => new Date((at += Math.floor(random() * 12 * DAY))).toISOString();
  const opts = () => ({ occurredAt: time(), forClass: customerClass });
  const applied = e.applicationAccepted({ customerClass }, opts());
  const data = { ...applied.data, projectId, orgUnit: pick(ORG_UNITS), policyVersion: pick(POLICIES), customer: { ...applied.data.customer, id: `c-${n % 40}` } };
  // Waits on the customer (SPEC §5.1) opened before some steps, most of them ended a few steps later, some never.
  const rest: ProjectEvent[] = [];
  let waiting = false;
  for (const make of steps(customerClass).slice(0, Math.floor(random() * 10))) {
    if (!waiting && random() < 0.3) (rest.push(e.customerWaitStarted({}, opts())), (waiting = true));
    rest.push(make(opts()));
    if (waiting && random() < 0.5) (rest.push(e.customerWaitEnded({}, opts())), (waiting = false));
  }
  if (random() < 0.15) rest.push(e.projectCancelled({}, opts()));
  return { projectId, events: [{ ...applied, data }, ...rest.map((ev) => ({ ...ev, data: { ...ev.data, projectId } }) as ProjectEvent)] };
}

/** An account's services (SPEC §7.2) at random times, stopped at a random step, some closed with a clock open. */
function randomAccount(n: number): AccountEvent[] {
  let at = START + Math.floor(random() * SPAN);
  const time = () => new Date((at += Math.floor(random() * 5 * DAY))).toISOString();
  const opened = { ...accountOpened({ orgUnit: pick(ORG_UNITS), customerId: `c-${n % 40}` }), occurredAt: time() };
  const services: (() => AccountEvent)[] = [
    () => accountEvent('TemporaryRemovalRequested', { reason: '改造' }, time()),
    () => accountEvent('MeterTemporarilyRemoved', {}, time()),
    () => accountEvent('ReinstallationRequested', {}, time()),
    () => accountEvent('MeterReinstalled', { meterNumbers: ['m-2'] }, time()),
    () => accountEvent('TariffChangeRequested', { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '改类' }, time()),
    () => accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '属实', approved: random() < 0.8 }, time()),
    () => accountEvent('TariffCategoryChanged', { previousCategory: 'largeIndustry', newCategory: 'commercial' }, time()),
  ];
  const rest = services.slice(0, Math.floor(random() * 8)).map((make) => make());
  if (random() < 0.15) rest.push(accountEvent('SupplyAccountClosed', { finalReading: 1 }, time()));
  return [opened, ...rest];
}

const projectEvents = storedEvents(Array.from({ length: 300 }, (_, i) => randomProject(i)));
let position = projectEvents.length;
const accountEvents = Array.from({ length: 80 }, (_, i) => {
  const history = storedAccountHistory(randomAccount(i), `acct-${String(i).padStart(4, '0')}`, position + 1);
  position += history.length;
  return history;
}).flat();
/** A complaint received at a random time, stopped at a random step, closed with a random verdict (SPEC §8). */
const complaintEvents = Array.from({ length: 60 }, (_, i) => {
  const complaintId = `cmp-${i}`;
  let at = START + Math.floor(random() * SPAN);
  const time = () => new Date((at += Math.floor(random() * 5 * DAY))).toISOString();
  const events = [
    complaintReceived({ complaintId, customerId: `c-${i % 40}`, orgUnit: pick(ORG_UNITS) }, time()),
    complaintEvent('ComplainantContacted', { complaintId }, time()),
    complaintEvent('ComplaintReplied', { complaintId, resolution: '已处理' }, time()),
    complaintEvent('ComplaintClosed', { complaintId, satisfaction: pick(SATISFACTIONS) }, time()),
  ].slice(0, 1 + Math.floor(random() * 4));
  return stored(events, complaintStreamId(complaintId), COMPLAINT_EVENT_SCHEMA);
}).flat();
/** A claim filed at a random time, investigated within hours or days, or not yet. */
const claimEvents = Array.from({ length: 40 }, (_, i) => {
  const claimId = `clm-${i}`;
  const filedAt = START + Math.floor(random() * SPAN);
  const filed = claimFiled(undefined, undefined, new Date(filedAt).toISOString());
  const events = [{ ...filed, data: { ...filed.data, claimId, orgUnit: pick(ORG_UNITS) } }];
  if (random() < 0.7) {
    const investigated = damageInvestigated(undefined, true, new Date(filedAt + Math.floor(random() * 40) * 3_600_000).toISOString());
    events.push({ ...investigated, data: { ...investigated.data, claimId } } as never);
  }
  return stored(events, claimStreamId(claimId), CLAIM_EVENT_SCHEMA);
}).flat();
const docs = new Map<string, SlaClocksDocument>();
const set = new CompactSlaClocks();
for (const stored of [...projectEvents, ...accountEvents, ...complaintEvents, ...claimEvents]) {
  const id = stored.streamId;
  const next = evolveSlaClocks(docs.get(id) ?? null, stored);
  if (next) docs.set(id, next), set.upsert(next);
}
const key = (d: SlaClocksDocument) => `${d.subject}/${d.subjectId}`;
const all = [...docs.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
const SUBJECTS = ['project', 'account', 'complaint', 'claim'];
// Most instants asked for are an instant of some clock, or 1 ms either side: where `<` and `<=` part ways.
const edges = all.flatMap((d) => [
  d.appliedAt,
  ...d.clocks.flatMap((c) => [c.startedAt, c.deadline, c.dueSoonFrom, c.stoppedAt, c.cancelledAt, ...(c.pauses ?? []).flatMap((p) => [p.from, p.to])]),
])
  .filter((at): at is string => at !== undefined);
const instant = () =>
  random() < 0.7
    ? new Date(Date.parse(pick(edges)) + pick([-1, 0, 1])).toISOString()
    : new Date(START - 20 * DAY + Math.floor(random() * (SPAN + 60 * DAY))).toISOString();
const maybe = <T>(value: () => T): T | undefined => (random() < 0.5 ? value() : undefined);
const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

describe('the in-memory SLA clocks against the reference functions over the documents', () => {
  it('given 300 random projects, 80 accounts, 60 complaints and 40 claims then the index holds each once, with every clock', () => {
    expect(set.size).toBe(480);
    expect(all.filter((d) => d.subject === 'account' && d.clocks.length > 0).length).toBeGreaterThan(40);
    expect(set.inDeadlineOrder()).toHaveLength(all.reduce((n, d) => n + d.clocks.length, 0));
  });

  it('given 60 random asOf, period, subject, org-unit, class and policy filters then the dashboard is identical', () => {
    let judged = 0;
    let revisited = 0;
    for (let i = 0; i < 60; i++) {
      const asOf = utcInstant(instant());
      const [a, b] = [maybe(instant), maybe(instant)];
      const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
      const orgUnit = maybe(() => pick([...ORG_UNITS, 'HZ-NOWHERE']));
      const customerClass = maybe(() => pick(CLASSES));
      const policyVersion = maybe(() => pick(POLICIES));
      const subject = maybe(() => pick(SUBJECTS));
      const filtered = all.filter(
        (d) =>
          (subject === undefined || d.subject === subject) &&
          (orgUnit === undefined || d.orgUnit === orgUnit) &&
          (customerClass === undefined || d.customerClass === customerClass) &&
          (policyVersion === undefined || d.policyVersion === policyVersion),
      );
      const expected = buildSlaDashboard(filtered, asOf, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const filter = { asOf: Date.parse(asOf), from: ms(from), to: ms(to), subject, orgUnit, customerClass, policyVersion };
      expect({ filter, answer: compactDashboard(set, filter) }).toEqual({ filter, answer: expected });
      if (expected.projectsOnTime) judged += expected.projectsOnTime.archived;
      if (expected.complaintSatisfaction) revisited += expected.complaintSatisfaction.closed;
    }
    expect(revisited).toBeGreaterThan(0);
    expect(judged).toBeGreaterThan(10); // archived sgcc-assessment projects were compared
  });

  it('given 150 random asOf, subject, org-unit, class and status filters then the alert list is identical, in the same order', () => {
    let seen = 0;
    let accounts = 0;
    for (let i = 0; i < 150; i++) {
      const asOf = utcInstant(instant());
      const orgUnit = maybe(() => pick(ORG_UNITS));
      const customerClass = maybe(() => pick(CLASSES));
      const subject = maybe(() => pick(SUBJECTS));
      const statuses: AlertStatus[] = pick([['overdue', 'dueSoon'], ['overdue'], ['dueSoon']]);
      const filtered = all.filter(
        (d) =>
          (subject === undefined || d.subject === subject) &&
          (orgUnit === undefined || d.orgUnit === orgUnit) &&
          (customerClass === undefined || d.customerClass === customerClass),
      );
      const expected = listSlaAlerts(filtered, asOf, statuses);
      seen += expected.length;
      accounts += expected.filter((a) => a.subject === 'account').length;
      const filter = { asOf: Date.parse(asOf), subject, orgUnit, customerClass, statuses };
      expect({ filter, answer: compactAlerts(set, filter) }).toEqual({ filter, answer: expected });
      // The same list a page at a time (moved deadlines of paused clocks included): pages joined end to end.
      const limit = 1 + Math.floor(random() * 7);
      const paged: SlaAlert[] = [];
      let page = compactAlertPage(set, filter, { limit });
      for (paged.push(...page.items); page.next; paged.push(...page.items)) page = compactAlertPage(set, filter, { after: page.next, limit });
      expect({ filter, limit, paged }).toEqual({ filter, limit, paged: expected });
    }
    expect(seen).toBeGreaterThan(400); // the comparison is not vacuous
    expect(accounts).toBeGreaterThan(10);
  });

  it('given every paused clock then its terms at each wait edge, asked in any order, are those of pausedTermsAt', () => {
    let asked = 0;
    for (const doc of all) {
      const ids = set.clocksOf(doc.subject!, doc.subjectId!);
      doc.clocks.forEach((record, i) => {
        if (record.pauses === undefined) return;
        const id = ids[i];
        const stoppedAt = record.stoppedAt === undefined ? Infinity : Date.parse(record.stoppedAt);
        // Each edge, 1 ms either side, and an hour before and after: the same Shanghai day on both sides of a change.
        const edges = [...record.pauses.flatMap((p) => [p.from, p.to]), record.stoppedAt].filter((at): at is string => at !== undefined);
        const asOfs = edges.flatMap((at) => [-3_600_000, -1, 0, 1, 3_600_000].map((d) => Date.parse(at) + d));
        for (const asOf of asOfs.sort(() => random() - 0.5)) {
          const terms = pausedTermsAt(prcCalendar, record.startedAt, record.limit, record.pauses, stoppedAt, asOf);
          const expected = {
            deadline: instantMs(terms.deadline),
            deadlineDay: shanghaiEpochDay(instantMs(terms.deadline)),
            dueSoonFrom: instantMs(terms.dueSoonFrom),
            pausedWorkingDays: terms.pausedWorkingDays,
            pausedNow: terms.pausedNow,
          };
          expect({ id, asOf, terms: set.pausedTerms(id, asOf) }).toEqual({ id, asOf, terms: expected });
          asked++;
        }
      });
    }
    expect(asked).toBeGreaterThan(500);
  });
});
