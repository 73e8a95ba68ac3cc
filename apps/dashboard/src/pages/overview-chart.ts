import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CLOCK_NAMES, type SlaDashboard } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, replaceChildren, scrollTable } from '../dom.js';
import { formatRate } from '../format.js';
import { language, t } from '../i18n/index.js';
import { monthWindows } from '../months.js';
import { dashboardParams, type SlaFilters } from './filters.js';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const SLA_PATH = '/api/dashboards/sla';
/** At 10,000 projects one dashboard call reads every clock document: a few at a time keeps the server responsive. */
const PARALLEL_CALLS = 4;

export interface MonthRates {
  label: string;
  rates: Record<string, number | null>;
}

/**
 * On-time rate per month: one dashboard call per month with that month as the period (clocks started in it), all at
 * the overview's asOf, so each point is the JSON API's own number. Also drawn as a table for screen readers.
 */
export async function onTimeRateChart(ctx: PageContext, host: HTMLElement, tableHost: HTMLElement, filters: SlaFilters): Promise<void> {
  const windows = monthWindows({ asOf: filters.asOf!, from: filters.from, to: filters.to });
  const months: MonthRates[] = new Array(windows.length);
  let next = 0;
  const worker = async () => {
    while (next < windows.length) {
      const index = next++;
      const window = windows[index]!;
      const answer = await ctx.api.get<SlaDashboard>(
        SLA_PATH,
        { ...dashboardParams({ ...filters, from: undefined, to: undefined }), from: window.from, to: window.to },
        ctx.signal,
      );
      // The clocks with data that month, and the projects judged on time among those archived in it (业扩时限达标率).
      const rates: Record<string, number | null> = Object.fromEntries(CLOCK_NAMES.flatMap((c) => (answer.clocks[c] ? [[c, answer.clocks[c].onTimeRate]] : [])));
      if (answer.projectsOnTime) rates[PROJECTS] = answer.projectsOnTime.rate;
      months[index] = { label: window.label, rates };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CALLS, windows.length) }, worker));
  if (ctx.signal.aborted) return;

  const lines = seriesOf(months);
  const chart = echarts.init(host, null, { renderer: 'svg', locale: language() === 'en' ? 'EN' : 'ZH' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—') },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.label) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: lines.map((clock) => ({
      name: seriesName(clock),
      type: 'line',
      connectNulls: false,
      data: months.map((m) => (m.rates[clock] === null || m.rates[clock] === undefined ? null : Math.round(m.rates[clock]! * 1000) / 10)),
    })),
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  ctx.signal.addEventListener('abort', () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  });
  host.dataset.ready = 'true';
  performance.mark('dashboard:overview-chart-rendered');
  replaceChildren(tableHost, h('details', {}, h('summary', {}, t('overview.chartData')), scrollTable(t('overview.chartData'), monthTable(months, lines))));
}

/** The series key of the project on-time rate (sgcc-assessment scopes). */
const PROJECTS = 'projectsOnTime';

/** The clocks that have data in some month, in the table's order, then the project on-time rate when any month has it. */
const seriesOf = (months: MonthRates[]): string[] =>
  [...CLOCK_NAMES, PROJECTS].filter((key) => months.some((m) => key in m.rates));

const seriesName = (key: string): string => (key === PROJECTS ? t('overview.projectsOnTime') : t(`clock.${key as (typeof CLOCK_NAMES)[number]}`));

function monthTable(months: MonthRates[], lines: string[]): HTMLTableElement {
  return h(
    'table',
    { class: 'data', 'data-testid': 'chart-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('overview.month')), lines.map((c) => h('th', { scope: 'col', class: 'num', 'data-series': c }, seriesName(c))))),
    h(
      'tbody',
      {},
      months.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.label), lines.map((c) => h('td', { class: 'num' }, formatRate(m.rates[c] ?? null))))),
    ),
  );
}
