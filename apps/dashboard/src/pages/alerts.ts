import type { Health, SlaAlert } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, replaceChildren, scrollTable } from '../dom.js';
import { formatDate, formatInstant } from '../format.js';
import { t } from '../i18n/index.js';
import { href } from '../router.js';
import { ALERT_COLUMNS, positionsSignature, sortAlerts, type AlertColumn, type Direction } from '../sort.js';

const ALERTS_PATH = '/api/dashboards/sla/alerts';
const POLL_MS = 2000;
/** Even with no new event, a clock turns dueSoon or overdue as time passes: re-read at least this often. */
const REFRESH_MS = 60_000;

const COLUMN_LABEL: Record<AlertColumn, () => string> = {
  projectId: () => t('common.project'),
  customerId: () => t('common.customer'),
  clock: () => t('common.clock'),
  status: () => t('common.status'),
  deadline: () => t('common.deadline'),
  days: () => t('alerts.leftOrOver'),
  orgUnit: () => t('common.orgUnit'),
};

/** 预警清单: overdue and due-soon clocks, sortable, re-read when the projections move (polling /api/health). */
export async function alertsPage(ctx: PageContext): Promise<void> {
  const query = ctx.route.query;
  const orgUnit = query.get('orgUnit')?.trim() || undefined;
  const status = ['overdue', 'dueSoon'].includes(query.get('status') ?? '') ? query.get('status')! : undefined;
  const pollMs = Math.max(250, Number(query.get('poll')) || POLL_MS);
  let column: AlertColumn = (ALERT_COLUMNS as readonly string[]).includes(query.get('sort') ?? '') ? (query.get('sort') as AlertColumn) : 'deadline';
  let direction: Direction = query.get('dir') === 'descending' ? 'descending' : 'ascending';
  let alerts: SlaAlert[] = [];

  const tableHost = h('div', {});
  const updated = h('p', { class: 'help', 'data-testid': 'alerts-updated' });
  const load = async () => {
    // Every page, sorted on the client (paging in the page itself comes later).
    alerts = await ctx.api.all<SlaAlert>(ALERTS_PATH, { orgUnit, status, limit: '1000' }, { signal: ctx.signal });
    draw();
    updated.textContent = t('common.updatedAt', { time: formatInstant(new Date().toISOString()) });
  };
  const sortBy = (next: AlertColumn) => {
    direction = next === column && direction === 'ascending' ? 'descending' : 'ascending';
    column = next;
    const url = new URL(location.href);
    url.searchParams.set('sort', column);
    url.searchParams.set('dir', direction);
    history.replaceState(null, '', url.pathname + url.search);
    draw();
    (tableHost.querySelector(`th[data-column="${column}"] button`) as HTMLElement | null)?.focus();
  };
  const draw = () =>
    replaceChildren(
      tableHost,
      alerts.length === 0 ? h('p', { class: 'message', 'data-testid': 'alerts-empty' }, t('alerts.empty')) : scrollTable(t('alerts.title'), alertTable(sortAlerts(alerts, column, direction), column, direction, sortBy)),
      h('p', { class: 'help', 'data-testid': 'alerts-count' }, t('common.count', { n: alerts.length })),
    );

  // The positions first, then the list: an event projected in between is then noticed on the first poll.
  const initial = positionsSignature((await ctx.api.get<Health>('/api/health', {}, ctx.signal)).projections);
  await load();
  replaceChildren(ctx.main, h('h1', {}, t('alerts.title')), statusFilter(ctx, orgUnit, status), h('p', { class: 'help' }, t('alerts.help')), updated, tableHost);
  watchProjections(ctx, pollMs, initial, async () => {
    await load();
    ctx.announce(t('alerts.refreshed', { n: alerts.length }));
  });
}

function statusFilter(ctx: PageContext, orgUnit: string | undefined, status: string | undefined): HTMLFormElement {
  const unit = h('input', { id: 'a-orgUnit', name: 'orgUnit', value: orgUnit ?? '', autocomplete: 'off' });
  const select = h(
    'select',
    { id: 'a-status', name: 'status' },
    h('option', { value: '' }, t('common.all')),
    (['overdue', 'dueSoon'] as const).map((s) => h('option', { value: s, selected: status === s }, t(`status.${s}`))),
  );
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', { class: 'field' }, h('label', { for: 'a-orgUnit' }, t('common.orgUnit')), unit),
    h('div', { class: 'field' }, h('label', { for: 'a-status' }, t('common.status')), select),
    h('div', { class: 'field field-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('common.apply'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(href('alerts', null, { orgUnit: unit.value.trim(), status: select.value }));
  });
  return form;
}

function alertTable(alerts: SlaAlert[], column: AlertColumn, direction: Direction, sortBy: (c: AlertColumn) => void): HTMLTableElement {
  const header = (c: AlertColumn) =>
    h(
      'th',
      { scope: 'col', 'data-column': c, 'aria-sort': c === column ? direction : null },
      h('button', { type: 'button', class: 'sort', onclick: () => sortBy(c), 'aria-label': t('alerts.sortBy', { column: COLUMN_LABEL[c]() }) }, COLUMN_LABEL[c](), h('span', { 'aria-hidden': 'true' }, c === column ? (direction === 'ascending' ? ' ▲' : ' ▼') : '')),
    );
  return h(
    'table',
    { class: 'data', 'data-testid': 'alerts-table' },
    h('thead', {}, h('tr', {}, ALERT_COLUMNS.map(header))),
    h(
      'tbody',
      {},
      alerts.map((a) =>
        h(
          'tr',
          { 'data-project-id': a.projectId, 'data-status': a.status, class: `row-${a.status}` },
          h('td', {}, h('a', { href: href('projects', a.projectId) }, a.projectId)),
          h('td', {}, h('a', { href: href('customers', a.customerId) }, a.customerId)),
          h('td', {}, t(`clock.${a.clock}`), a.round ? ` · ${t('common.round', { n: a.round })}` : ''),
          h('td', {}, h('span', { class: `badge badge-${a.status}` }, t(`status.${a.status}`))),
          h('td', {}, formatDate(a.deadline)),
          h('td', { class: 'num' }, a.status === 'overdue' ? t('alerts.overN', { n: a.workingDaysOver ?? 0 }) : t('alerts.leftN', { n: a.workingDaysLeft ?? 0 })),
          h('td', {}, a.orgUnit),
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
