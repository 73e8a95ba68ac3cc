import { withQuery } from '../api.js';
import { CASE_CLOCKS, CLOCK_NAMES, METRICS, type ClaimView, type ClockStatus, type ComplaintView, type Metric, type ProjectView, type SlaAlert, type TimedClock } from '../api-types.js';
import { clockName, code } from '../codes.js';
import type { PageContext } from '../context.js';
import { h, idLink, idText, keep, replaceChildren, scrollTable, type Child } from '../dom.js';
import { dayEnd, dayStart, formatDate, formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { SUBJECT_PAGES } from './alerts.js';
import { readFilters, type SlaFilters } from './filters.js';

interface ClockRow {
  subject: string;
  subjectId: string;
  projectId?: string;
  customerId: string;
  orgUnit: string;
  clock: string;
  round?: number;
  status: ClockStatus;
  startedAt?: string;
  deadline: string;
  stoppedAt?: string;
}

const OPEN: ClockStatus[] = ['running', 'dueSoon', 'overdue'];
/** Older than this, "asOf" is not "now" any more, and the project views (evaluated now) may differ from it. */
const NOW_TOLERANCE_MS = 5 * 60_000;

/**
 * The clocks behind a count of the overview. Overdue and due-soon ones come from the alert list at the same asOf
 * (exactly the dashboard's); open and met ones from the project list (`/api/projects`), or the complaint or claim list
 * for their clocks, whose clocks are evaluated now.
 */
export async function clockListPage(ctx: PageContext): Promise<void> {
  const filters = readFilters(ctx.route.query);
  const clock = (CLOCK_NAMES as readonly string[]).includes(ctx.route.query.get('clock') ?? '') ? ctx.route.query.get('clock')! : undefined;
  const metric = ((METRICS as readonly string[]).includes(ctx.route.query.get('status') ?? '') ? ctx.route.query.get('status') : 'open') as Metric;
  const inPeriod = (startedAt: string | undefined) =>
    !startedAt ||
    ((!filters.from || Date.parse(startedAt) >= Date.parse(dayStart(filters.from))) && (!filters.to || Date.parse(startedAt) <= Date.parse(dayEnd(filters.to))));
  const wanted = (row: ClockRow) => (!clock || row.clock === clock) && inPeriod(row.startedAt);

  const counted = (status: ClockStatus) => (metric === 'open' ? OPEN.includes(status) : status === metric);
  let rows: ClockRow[];
  let source: string;
  const fromAlerts = metric === 'overdue' || metric === 'dueSoon';
  if (fromAlerts) {
    const params = { asOf: filters.asOf, orgUnit: filters.orgUnit, customerClass: filters.customerClass, status: metric };
    source = withQuery('/api/dashboards/sla/alerts', params);
    const alerts = await ctx.api.all<SlaAlert>('/api/dashboards/sla/alerts', { ...params, limit: 1000 }, { signal: ctx.signal });
    rows = alerts.map(alertRow).filter(wanted);
  } else if (clock && clock in CASE_CLOCKS) {
    // A complaint's or a claim's clock: from its list (no customer class there), evaluated now as the project list's.
    const path = CASE_CLOCKS[clock as keyof typeof CASE_CLOCKS];
    const params = { orgUnit: filters.orgUnit, limit: 100 };
    source = withQuery(path, params);
    const views = await ctx.api.all<ComplaintView | ClaimView>(path, params, { signal: ctx.signal });
    rows = views.flatMap((v) => v.clocks.filter((c) => counted(c.status)).map((c) => caseRow(v, c))).filter(wanted);
  } else {
    const params = { orgUnit: filters.orgUnit, customerClass: filters.customerClass, limit: 500 };
    source = withQuery('/api/projects', params);
    const projects = await ctx.api.all<ProjectView>('/api/projects', params);
    rows = projects.flatMap((p) => p.clocks.filter((c) => counted(c.status)).map((c) => projectRow(p, c))).filter(wanted);
  }
  const stale = !fromAlerts && filters.asOf !== undefined && Date.now() - Date.parse(filters.asOf) > NOW_TOLERANCE_MS;

  replaceChildren(
    ctx.main,
    h('h1', {}, `${t('list.title')} · ${clock ? t(`clock.${clock as 'schemeReply'}`) : t('common.all')} · ${t(`metric.${metric}`)}`),
    h('p', { class: 'help' }, describe(filters)),
    stale ? h('p', { class: 'message', role: 'note' }, t('list.nowNote')) : null,
    h('p', { class: 'help' }, tn('common.labelled', { label: t('common.source'), value: h('code', { translate: 'no' }, source) })),
    h('p', { 'data-testid': 'clock-count' }, t('common.count', { n: rows.length })),
    rows.length === 0 ? h('p', { class: 'message' }, t('list.empty')) : scrollTable(t('list.title'), rowTable(rows)),
  );
}

const alertRow = (a: SlaAlert): ClockRow => ({ ...a, clock: a.clock, status: a.status });

const projectRow = (p: ProjectView, c: ProjectView['clocks'][number]): ClockRow => ({
  subject: 'project',
  subjectId: p.projectId,
  projectId: p.projectId,
  customerId: p.customerId,
  orgUnit: p.orgUnit,
  clock: c.name,
  round: c.round,
  status: c.status,
  startedAt: c.startedAt,
  deadline: c.deadline,
  stoppedAt: c.stoppedAt,
});

const caseRow = (v: ComplaintView | ClaimView, c: TimedClock): ClockRow => ({
  subject: 'complaintId' in v ? 'complaint' : 'claim',
  subjectId: 'complaintId' in v ? v.complaintId : v.claimId,
  customerId: v.customerId,
  orgUnit: v.orgUnit,
  clock: c.name,
  status: c.status,
  startedAt: c.startedAt,
  deadline: c.deadline,
  stoppedAt: c.stoppedAt,
});

/** The filters in words; the org unit as it is. */
function describe(f: SlaFilters): Child[] {
  const parts: Child[][] = [
    f.asOf ? [`${t('common.asOf')} ${formatInstant(f.asOf)}`] : [],
    f.orgUnit ? [`${t('common.orgUnit')} `, keep(f.orgUnit)] : [],
    f.customerClass ? [t(`class.${f.customerClass as 'residential'}`)] : [],
    f.from || f.to ? [`${f.from ?? '…'} – ${f.to ?? '…'}`] : [],
  ].filter((part) => part.length > 0);
  return parts.flatMap((part, i) => (i === 0 ? part : [' · ', ...part]));
}

function rowTable(rows: ClockRow[]): HTMLTableElement {
  const cols = [t('common.project'), t('common.customer'), t('common.clock'), t('common.status'), t('common.startedAt'), t('common.deadline'), t('common.stoppedAt'), t('common.orgUnit')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'clock-rows' },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { 'data-project-id': r.projectId ?? null, 'data-subject-id': r.subjectId },
          h(
            'td',
            {},
            r.projectId
              ? idLink(href('projects', r.projectId), r.projectId)
              : SUBJECT_PAGES[r.subject]
                ? idLink(href(SUBJECT_PAGES[r.subject]!, r.subjectId), r.subjectId)
                : idText(r.subjectId),
          ),
          h('td', {}, idLink(href('customers', r.customerId), r.customerId)),
          h('td', {}, clockName(r.clock, r.round)),
          h('td', {}, h('span', { class: `badge badge-${r.status}` }, code('status', r.status))),
          h('td', { class: 'nowrap' }, formatInstant(r.startedAt)),
          h('td', { class: 'nowrap' }, formatDate(r.deadline)),
          h('td', { class: 'nowrap' }, formatInstant(r.stoppedAt)),
          h('td', {}, idText(r.orgUnit)),
        ),
      ),
    ),
  );
}
