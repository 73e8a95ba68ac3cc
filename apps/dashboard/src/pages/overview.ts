import { CLOCK_NAMES, METRICS, type ClockName, type Metric, type SlaDashboard, type SlaFigures } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, idText, replaceChildren, scrollTable } from '../dom.js';
import { formatInstant, formatNumber, formatRate } from '../format.js';
import { t } from '../i18n/index.js';
import { href } from '../router.js';
import { dashboardParams, overviewForm, readFilters, type SlaFilters } from './filters.js';

export const SLA_PATH = '/api/dashboards/sla';
/** Marked when the overview's figures are on screen: the benchmark's dashboardPageMs reads it. */
export const OVERVIEW_RENDERED_MARK = 'dashboard:overview-rendered';

/** SLA overview: per-clock counts, rates and durations, by org unit, and the monthly on-time rate chart. */
export async function overviewPage(ctx: PageContext): Promise<void> {
  const filters = readFilters(ctx.route.query);
  const dashboard = await ctx.api.get<SlaDashboard>(SLA_PATH, dashboardParams(filters), ctx.signal);
  const apply = (next: SlaFilters) => ctx.navigate(href('', null, { ...next }));
  // Counts link to the clocks behind them at the same asOf the figures were computed at.
  const linkFilters: SlaFilters = { ...filters, asOf: filters.asOf ?? dashboard.asOf };
  const chartHost = h('div', { class: 'chart', id: 'on-time-chart', role: 'img', 'aria-label': t('overview.chart') });
  const chartData = h('div', { class: 'chart-data' });

  replaceChildren(
    ctx.main,
    h('h1', {}, t('overview.title')),
    overviewForm(filters, dashboard.byOrgUnit.map((row) => row.orgUnit), apply),
    h('p', { class: 'as-of', 'data-testid': 'as-of' }, t('common.labelled', { label: t('common.asOf'), value: formatInstant(dashboard.asOf) })),
    h(
      'section',
      { 'aria-labelledby': 'by-clock-title' },
      h('h2', { id: 'by-clock-title' }, t('overview.byClock')),
      scrollTable(t('overview.byClock'), clockTable(dashboard, linkFilters)),
      h(
        'p',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t('overview.avgConnection')),
        h('strong', { class: 'kpi-value', 'data-testid': 'avg-connection' }, formatNumber(dashboard.avgConnectionWorkingDays)),
        dashboard.avgConnectionWorkingDays === null ? null : h('span', {}, t('overview.avgConnectionUnit')),
      ),
      dashboard.projectsOnTime
        ? h(
            'p',
            { class: 'kpi' },
            h('span', { class: 'kpi-label' }, t('overview.projectsOnTime')),
            h('strong', { class: 'kpi-value', 'data-testid': 'projects-on-time' }, formatRate(dashboard.projectsOnTime.rate)),
            h('span', { 'data-testid': 'projects-on-time-detail' }, t('overview.projectsOnTimeDetail', { archived: dashboard.projectsOnTime.archived, onTime: dashboard.projectsOnTime.onTime })),
          )
        : null,
      dashboard.complaintSatisfaction
        ? h(
            'p',
            { class: 'kpi' },
            h('span', { class: 'kpi-label' }, t('overview.satisfaction')),
            h('strong', { class: 'kpi-value', 'data-testid': 'complaint-satisfaction' }, formatRate(dashboard.complaintSatisfaction.rate)),
            h('span', { 'data-testid': 'complaint-satisfaction-detail' }, satisfactionDetail(dashboard.complaintSatisfaction)),
          )
        : null,
    ),
    h(
      'section',
      { 'aria-labelledby': 'chart-title' },
      h('h2', { id: 'chart-title' }, t('overview.chart')),
      h('p', { class: 'help' }, t('overview.chartHelp')),
      chartHost,
      chartData,
    ),
    h(
      'section',
      { 'aria-labelledby': 'by-org-title' },
      h('h2', { id: 'by-org-title' }, t('overview.byOrgUnit')),
      dashboard.byOrgUnit.length === 0
        ? h('p', { class: 'message' }, t('overview.noData'))
        : scrollTable(t('overview.byOrgUnit'), orgUnitTable(dashboard, linkFilters)),
    ),
  );
  performance.mark(OVERVIEW_RENDERED_MARK);
  // ECharts is most of the bundle: loaded after the figures are on screen, so they never wait for it.
  const { onTimeRateChart } = await import('./overview-chart.js');
  await onTimeRateChart(ctx, chartHost, chartData, linkFilters);
}

const countLink = (value: number, filters: SlaFilters, clock: string | undefined, metric: Metric, orgUnit?: string) =>
  h(
    'a',
    {
      href: href('clocks', null, { ...filters, orgUnit: orgUnit ?? filters.orgUnit, clock, status: metric }),
      'data-clock': clock ?? 'all',
      'data-metric': metric,
      'data-org-unit': orgUnit ?? null,
    },
    String(value),
  );

function clockTable(dashboard: SlaDashboard, filters: SlaFilters): HTMLTableElement {
  return h(
    'table',
    { class: 'data', 'data-testid': 'clock-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('common.clock')),
        METRICS.map((m) => h('th', { scope: 'col', class: 'num' }, t(`metric.${m}`))),
        ['onTimeRate', 'avgWorkingDays', 'p90WorkingDays'].map((m) => h('th', { scope: 'col', class: 'num' }, t(`metric.${m as 'onTimeRate'}`))),
      ),
    ),
    h(
      'tbody',
      {},
      shownClocks(dashboard).map((clock) => {
        const s = dashboard.clocks[clock]!;
        return h(
          'tr',
          { 'data-clock': clock },
          h('th', { scope: 'row' }, t(`clock.${clock}`)),
          METRICS.map((m) => h('td', { class: `num metric-${m}` }, countLink(s[m], filters, clock, m))),
          h('td', { class: 'num', 'data-metric': 'onTimeRate' }, formatRate(s.onTimeRate)),
          h('td', { class: 'num', 'data-metric': 'avgWorkingDays' }, formatNumber(s.avgWorkingDays)),
          h('td', { class: 'num', 'data-metric': 'p90WorkingDays' }, formatNumber(s.p90WorkingDays)),
        );
      }),
    ),
  );
}

const satisfactionDetail = (s: NonNullable<SlaFigures['complaintSatisfaction']>) => t('overview.satisfactionDetail', { closed: s.closed, satisfied: s.satisfied });

/** The clocks the answer has (the seed ones always, the others where they have data), in the table's order. */
const shownClocks = (figures: SlaFigures): ClockName[] => CLOCK_NAMES.filter((clock) => figures.clocks[clock] !== undefined);

const total = (figures: SlaFigures, metric: Metric) => shownClocks(figures).reduce((sum, clock) => sum + figures.clocks[clock]![metric], 0);

function orgUnitTable(dashboard: SlaDashboard, filters: SlaFilters): HTMLTableElement {
  // 回访满意率 per unit, when the scope has complaints (a unit without closed complaints shows a dash).
  const satisfaction = dashboard.complaintSatisfaction !== undefined;
  return h(
    'table',
    { class: 'data', 'data-testid': 'org-unit-table' },
    // Two header rows: the counts and the per-clock rates each under one heading, so each column's own is short.
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', rowspan: 2 }, t('common.orgUnit')),
        h('th', { scope: 'colgroup', colspan: METRICS.length, class: 'group' }, t('overview.counts')),
        h('th', { scope: 'colgroup', colspan: shownClocks(dashboard).length, class: 'group' }, t('metric.onTimeRate')),
        h('th', { scope: 'col', class: 'num', rowspan: 2 }, t('overview.avgConnection')),
        satisfaction ? h('th', { scope: 'col', class: 'num', rowspan: 2 }, t('overview.satisfaction')) : null,
      ),
      h(
        'tr',
        {},
        METRICS.map((m) => h('th', { scope: 'col', class: 'num' }, t(`metric.${m}`))),
        shownClocks(dashboard).map((c) => h('th', { scope: 'col', class: 'num' }, t(`clock.${c}`))),
      ),
    ),
    h(
      'tbody',
      {},
      dashboard.byOrgUnit.map((row) =>
        h(
          'tr',
          { 'data-org-unit': row.orgUnit },
          h('th', { scope: 'row' }, idText(row.orgUnit)),
          METRICS.map((m) => h('td', { class: 'num' }, countLink(total(row, m), filters, undefined, m, row.orgUnit))),
          shownClocks(dashboard).map((c) => h('td', { class: 'num' }, formatRate(row.clocks[c]?.onTimeRate ?? null))),
          h('td', { class: 'num' }, formatNumber(row.avgConnectionWorkingDays)),
          satisfaction
            ? h(
                'td',
                { class: 'num', 'data-testid': 'unit-satisfaction', title: row.complaintSatisfaction ? satisfactionDetail(row.complaintSatisfaction) : null },
                formatRate(row.complaintSatisfaction?.rate ?? null),
              )
            : null,
        ),
      ),
    ),
  );
}
