import type { TimedClock } from '../api-types.js';
import { clockName, code } from '../codes.js';
import { h } from '../dom.js';
import { formatDate, formatInstant } from '../format.js';
import { t } from '../i18n/index.js';

/**
 * A project's (or an account's) clocks on one time axis: a bar from start to stop (or to `asOf` while running), a line at the deadline.
 * Every bar also says in words what it shows, so nothing depends on seeing the picture.
 */
export function clockTimeline(clocks: TimedClock[], asOf: string): HTMLElement {
  if (clocks.length === 0) return h('p', { class: 'message' }, t('project.noClocks'));
  const ms = (iso: string) => Date.parse(iso);
  const now = ms(asOf);
  const start = Math.min(...clocks.map((c) => ms(c.startedAt)));
  const end = Math.max(...clocks.flatMap((c) => [ms(c.deadline), c.stoppedAt ? ms(c.stoppedAt) : Math.max(now, ms(c.startedAt))]));
  const span = Math.max(end - start, 1);
  const pct = (at: number) => `${(((at - start) / span) * 100).toFixed(2)}%`;
  return h(
    'div',
    { class: 'timeline' },
    h('div', { class: 'timeline-axis', 'aria-hidden': 'true' }, h('span', {}, formatDate(new Date(start).toISOString())), h('span', {}, formatDate(new Date(end).toISOString()))),
    h(
      'ul',
      { class: 'timeline-rows' },
      clocks.map((c) => {
        const stop = c.stoppedAt ? ms(c.stoppedAt) : Math.max(now, ms(c.startedAt));
        return h(
          'li',
          { class: `timeline-row status-${c.status}`, 'data-clock': c.name, 'data-status': c.status },
          h(
            'div',
            { class: 'timeline-label' },
            h('strong', {}, clockName(c.name, c.round)),
            ' ',
            h('span', { class: `badge badge-${c.status}` }, code('status', c.status)),
            h(
              'span',
              { class: 'timeline-text' },
              `${t('common.startedAt')} ${formatInstant(c.startedAt)} · ${t('common.deadline')} `,
              h('span', { 'data-testid': 'deadline' }, formatDate(c.deadline)),
              c.stoppedAt ? ` · ${t('common.stoppedAt')} ${formatInstant(c.stoppedAt)}` : '',
              ` · ${t('common.workingDays', { n: c.elapsedWorkingDays })}`,
              c.pausedDays ? ` · ${t('project.pausedDays', { n: c.pausedDays })}` : '',
              c.calendarEstimated ? ` ${t('project.calendarEstimated')}` : '',
            ),
          ),
          h(
            'div',
            { class: 'timeline-track', 'aria-hidden': 'true' },
            h('div', { class: 'timeline-bar', style: `left:${pct(ms(c.startedAt))};width:${pct(start + Math.max(stop - ms(c.startedAt), 0))}` }),
            // The waits on the customer drawn over the bar: hatched, from the wait's start to its end (or to asOf).
            (c.pauses ?? []).map((p) => {
              const from = ms(p.from);
              const to = Math.min(p.to ? ms(p.to) : now, stop);
              return h('div', { class: 'timeline-pause', 'data-testid': 'pause', style: `left:${pct(from)};width:${pct(start + Math.max(to - from, 0))}`, title: t('status.paused') });
            }),
            h('div', { class: 'timeline-deadline', style: `left:${pct(ms(c.deadline))}`, title: `${t('common.deadline')} ${formatDate(c.deadline)}` }),
          ),
        );
      }),
    ),
  );
}
