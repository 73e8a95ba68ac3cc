import type { Health, SlaAlert, SlaAlertPage } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, idLink, idText, replaceChildren, scrollTable } from '../dom.js';
import { formatDate, formatInstant } from '../format.js';
import { label, t } from '../i18n/index.js';
import { clockName, code } from '../codes.js';
import { positionsSignature } from '../positions.js';
import { href } from '../router.js';
import { codeSelect, field, filterForm, oneOf, readScope, scopeFields, type ScopeFilters } from './filters.js';

const ALERTS_PATH = '/api/dashboards/sla/alerts';
const STATUSES = ['overdue', 'dueSoon'] as const;
const PAGE_SIZES = ['20', '50', '100', '500'] as const;
const DEFAULT_PAGE_SIZE = '50';
const POLL_MS = 2000;
/** Even with no new event, a clock turns dueSoon or overdue as time passes: re-read at least this often. */
const REFRESH_MS = 60_000;

/** The alert list's question, as its URL keeps it; `cursor` and `page` say which page of the answer is shown. */
interface AlertFilters extends ScopeFilters {
  status?: (typeof STATUSES)[number];
  limit: string;
}

/**
 * 预警清单: overdue and due-soon clocks at a 统计时点, one page of the API's answer at a time, in the API's order
 * (earliest deadline first). Every page links to the next with the API's cursor, which carries the first page's asOf:
 * paging never mixes two moments. Re-read when the projections move (polling /api/health).
 */
export async function alertsPage(ctx: PageContext): Promise<void> {
  const query = ctx.route.query;
  const filters: AlertFilters = { ...readScope(query), status: oneOf(query, 'status', STATUSES), limit: pageSize(query.get('limit')) };
  const cursor = query.get('cursor') || undefined;
  const pageNumber = Math.max(1, Math.floor(Number(query.get('page'))) || 1);
  const pollMs = Math.max(250, Number(query.get('poll')) || POLL_MS);
  let answer: SlaAlertPage;

  const tableHost = h('div', {});
  const asOfLine = h('p', { class: 'as-of', 'data-testid': 'as-of' });
  const updated = h('p', { class: 'help', 'data-testid': 'alerts-updated' });
  const load = async () => {
    answer = await ctx.api.get<SlaAlertPage>(ALERTS_PATH, { ...apiParams(filters), cursor }, ctx.signal);
    asOfLine.textContent = t('common.labelled', { label: t('common.asOf'), value: formatInstant(answer.asOf) });
    asOfLine.dataset.asOf = answer.asOf;
    updated.textContent = t('common.updatedAt', { time: formatInstant(new Date().toISOString()) });
    // The same question at the answer's asOf: the cursor carries it, and restating it keeps the URL readable.
    const asked = { ...apiParams(filters), asOf: answer.asOf, poll: query.get('poll') };
    replaceChildren(
      tableHost,
      answer.items.length === 0 ? h('p', { class: 'message', 'data-testid': 'alerts-empty' }, t('alerts.empty')) : scrollTable(t('alerts.title'), alertTable(answer.items)),
      h(
        'nav',
        { class: 'pager', 'aria-label': t('common.pageN', { n: pageNumber }) },
        h('span', { 'data-testid': 'alerts-count' }, `${t('common.pageN', { n: pageNumber })} · ${t('common.count', { n: answer.items.length })}`),
        cursor ? h('a', { href: href('alerts', null, asked), 'data-testid': 'first-page' }, t('common.firstPage')) : null,
        answer.nextCursor
          ? h('a', { href: href('alerts', null, { ...asked, cursor: answer.nextCursor, page: pageNumber + 1 }), rel: 'next', 'data-testid': 'next-page' }, t('common.nextPage'))
          : null,
      ),
    );
  };

  // The positions first, then the list: an event projected in between is then noticed on the first poll.
  const initial = positionsSignature((await ctx.api.get<Health>('/api/health', {}, ctx.signal)).projections);
  await load();
  replaceChildren(
    ctx.main,
    h('h1', {}, t('alerts.title')),
    alertForm(ctx, filters),
    asOfLine,
    h('p', { class: 'help' }, t('alerts.help')),
    updated,
    tableHost,
  );
  watchProjections(ctx, pollMs, initial, async () => {
    await load();
    ctx.announce(t('alerts.refreshed', { n: answer.items.length }));
  });
}

/** The page size the URL asks for when the API accepts it (1–1,000; the form offers a few), else the default. */
const pageSize = (value: string | null): string => (/^\d+$/.test(value ?? '') && Number(value) >= 1 && Number(value) <= 1000 ? String(Number(value)) : DEFAULT_PAGE_SIZE);

/** API.md `/api/dashboards/sla/alerts` parameters for these filters. */
const apiParams = (f: AlertFilters) => ({ asOf: f.asOf, orgUnit: f.orgUnit, customerClass: f.customerClass, status: f.status, limit: f.limit });

function alertForm(ctx: PageContext, filters: AlertFilters): HTMLFormElement {
  const scope = scopeFields('a', filters);
  const status = codeSelect('a-status', STATUSES, filters.status, (s) => t(`status.${s as 'overdue'}`));
  const sizes = [...new Set([...PAGE_SIZES, filters.limit])].sort((a, b) => Number(a) - Number(b));
  const limit = h('select', { id: 'a-limit', name: 'limit' }, sizes.map((n) => h('option', { value: n, selected: filters.limit === n }, n)));
  return filterForm(
    [...scope.fields, field('a-status', t('common.status'), status), field('a-limit', t('common.pageSize'), limit)],
    () => ({ ...scope.read(), status: status.value, limit: limit.value }),
    (next) => ctx.navigate(href('alerts', null, { ...next, poll: ctx.route.query.get('poll') })),
  );
}

/** Where each subject has its page on the dashboard (a project's alert links its project). */
export const SUBJECT_PAGES: Record<string, 'accounts' | 'complaints' | 'claims'> = { account: 'accounts', complaint: 'complaints', claim: 'claims' };

/** The subject's page when the dashboard has one (projects, accounts, complaints, claims), else its id as it is. */
const subjectCell = (a: SlaAlert) => {
  if (a.subject === 'project') return idLink(href('projects', a.projectId ?? a.subjectId), a.projectId ?? a.subjectId);
  const page = SUBJECT_PAGES[a.subject];
  return h('span', {}, `${label('subject', a.subject)} `, page ? idLink(href(page, a.subjectId), a.subjectId) : idText(a.subjectId));
};

function alertTable(alerts: SlaAlert[]): HTMLTableElement {
  const columns = [t('common.project'), t('common.customer'), t('common.clock'), t('common.status'), t('common.deadline'), t('alerts.leftOrOver'), t('common.orgUnit')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'alerts-table' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      alerts.map((a) =>
        h(
          'tr',
          { 'data-project-id': a.projectId ?? null, 'data-subject-id': a.subjectId, 'data-status': a.status, class: `row-${a.status}` },
          h('td', {}, subjectCell(a)),
          h('td', {}, idLink(href('customers', a.customerId), a.customerId)),
          h('td', {}, clockName(a.clock, a.round)),
          h('td', {}, h('span', { class: `badge badge-${a.status}` }, code('status', a.status))),
          h('td', { class: 'nowrap' }, formatDate(a.deadline)),
          h('td', { class: 'num' }, a.status === 'overdue' ? t('alerts.overN', { n: a.workingDaysOver ?? 0 }) : t('alerts.leftN', { n: a.workingDaysLeft ?? 0 })),
          h('td', {}, idText(a.orgUnit)),
        ),
      ),
    ),
  );
}

/** Polls the projection positions; calls `refresh` when they move, and every REFRESH_MS regardless. Stops on leave. */
function watchProjections(ctx: PageContext, pollMs: number, initial: string, refresh: () => Promise<void>): void {
  let signature = initial;
  let lastRefresh = Date.now();
  const tick = async () => {
    if (ctx.signal.aborted) return;
    try {
      if (!document.hidden) {
        const health = await ctx.api.get<Health>('/api/health', {}, ctx.signal);
        const next = positionsSignature(health.projections);
        if (next !== signature || Date.now() - lastRefresh > REFRESH_MS) {
          lastRefresh = Date.now();
          await refresh();
        }
        signature = next;
      }
    } catch {
      // A failed poll is retried on the next tick; the list on screen stays as it was.
    }
    if (!ctx.signal.aborted) setTimeout(() => void tick(), pollMs);
  };
  void tick();
}
