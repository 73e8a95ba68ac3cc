import type { ProjectEvent, ProjectView, TimedClock } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, replaceChildren, type Child } from '../dom.js';
import { errorBlock } from '../errors.js';
import { formatInstant, fromLocalInput, toLocalInput } from '../format.js';
import { t } from '../i18n/index.js';
import { code } from '../codes.js';
import { eventTitle } from '../event-line.js';
import { clockTimeline } from './clock-timeline.js';

type Mode = 'at' | 'knownAt';

/** What time travel shows of a subject's state: its `/state` route, its facts as they stood, its clocks. */
export interface TravelSubject<S extends { clocks: TimedClock[] }> {
  statePath: string;
  facts: (state: S) => HTMLElement[];
}

/** A project as it stood: its step, status and version. */
export const projectTravel = (projectId: string): TravelSubject<ProjectView> => ({
  statePath: `/api/projects/${encodeURIComponent(projectId)}/state`,
  facts: (state) => [
    fact(t('project.step'), code('step', state.step), 'travel-step'),
    fact(t('common.status'), code('status', state.status), 'travel-status'),
    fact(t('project.version'), String(state.version), 'travel-version'),
  ],
});

/**
 * The time-travel control: pick an event on the slider (its business or recorded time) or type a time, and see the
 * subject as rebuilt by its `/state?at=` or `?knownAt=` (project, account) — with its clocks as they stood then.
 */
export function timeTravel<S extends { clocks: TimedClock[] }>(ctx: PageContext, subject: TravelSubject<S>, events: ProjectEvent[], changeToken: () => void): HTMLElement {
  let mode: Mode = 'at';
  let chosen = events.at(-1)?.occurredAt ?? new Date().toISOString();
  const result = h('div', { class: 'travel-result', 'aria-live': 'polite', 'data-testid': 'travel-result' });
  const slider = h('input', { id: 'tt-slider', type: 'range', min: 1, max: Math.max(events.length, 1), step: 1, value: events.length });
  const sliderText = h('output', { for: 'tt-slider', id: 'tt-slider-text' });
  const time = h('input', { id: 'tt-time', type: 'datetime-local', step: 1 });
  const timeOf = (event: ProjectEvent) => (mode === 'at' ? event.occurredAt : event.recordedAt);
  const pick = () => {
    const index = Number(slider.value) - 1;
    const event = events[index];
    if (!event) return;
    chosen = timeOf(event);
    const text = t('travel.eventN', { n: index + 1, type: eventTitle(event.type) });
    sliderText.textContent = `${text} · ${formatInstant(chosen)}`;
    slider.setAttribute('aria-valuetext', text);
    time.value = toLocalInput(chosen, true);
  };
  let latest = 0;
  const show = async () => {
    // Holding an arrow key fires one change per step: only the answer to the last request is drawn.
    const request = ++latest;
    replaceChildren(result, h('p', { class: 'loading' }, t('common.loading')));
    try {
      const state = await ctx.api.get<S>(subject.statePath, { [mode]: chosen }, ctx.signal);
      if (request !== latest) return;
      replaceChildren(
        result,
        h('h3', {}, t('travel.result', { time: formatInstant(chosen) })),
        h('dl', { class: 'facts' }, subject.facts(state)),
        clockTimeline(state.clocks, chosen),
      );
    } catch (error) {
      if (!ctx.signal.aborted && request === latest) replaceChildren(result, errorBlock(error, ctx.tokens, changeToken));
    }
  };
  slider.addEventListener('input', pick);
  slider.addEventListener('change', () => void show());
  time.addEventListener('change', () => {
    const typed = fromLocalInput(time.value);
    if (typed) chosen = typed;
  });
  const radio = (value: Mode) =>
    h(
      'label',
      { class: 'radio' },
      h('input', {
        type: 'radio',
        name: 'tt-mode',
        value,
        checked: value === mode,
        onchange: () => {
          mode = value;
          pick();
          void show();
        },
      }),
      ' ',
      t(`travel.${value}`),
    );
  const form = h(
    'form',
    { class: 'travel-form' },
    h('fieldset', {}, h('legend', {}, t('travel.mode')), radio('at'), radio('knownAt')),
    h('div', { class: 'field field-wide' }, h('label', { for: 'tt-slider' }, t('travel.slider')), slider, sliderText),
    h('div', { class: 'field' }, h('label', { for: 'tt-time' }, t('travel.time')), time),
    h('div', { class: 'field field-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('travel.show'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show();
  });
  pick();
  void show();
  return h('div', {}, h('p', { class: 'help' }, t('travel.help')), form, result);
}

export const fact = (term: string, value: Child | Child[], testId?: string) =>
  h('div', {}, h('dt', {}, term), h('dd', { 'data-testid': testId ?? null }, value));
