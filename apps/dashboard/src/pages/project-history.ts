import type { Integrity, ProjectEvent } from '../api-types.js';
import { h, scrollTable } from '../dom.js';
import { formatInstant } from '../format.js';
import { label, t } from '../i18n/index.js';

/** The project's events as the event store has them: who, what, business time and recorded time. */
export function historyTable(events: ProjectEvent[]): HTMLElement {
  return scrollTable(
    t('history.title'),
    h(
      'table',
      { class: 'data', 'data-testid': 'history-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t('history.version'), t('history.type'), t('history.actor'), t('history.occurredAt'), t('history.recordedAt'), t('history.details')].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        events.map((e) =>
          h(
            'tr',
            { 'data-version': e.version, 'data-type': e.type },
            h('td', { class: 'num' }, String(e.version)),
            h('td', {}, label('event', e.type)),
            h('td', {}, e.actor.name, h('small', { class: 'muted' }, ` ${label('role', e.actor.role)} · ${e.actor.orgUnit}`)),
            h('td', {}, h('time', { datetime: e.occurredAt }, formatInstant(e.occurredAt))),
            h('td', {}, h('time', { datetime: e.recordedAt }, formatInstant(e.recordedAt))),
            h('td', {}, h('details', {}, h('summary', {}, e.type), h('pre', {}, JSON.stringify(e.data, null, 2)))),
          ),
        ),
      ),
    ),
  );
}

export function integrityResult(integrity: Integrity): HTMLElement {
  return integrity.valid
    ? h('p', { class: 'message message-ok', 'data-testid': 'integrity', 'data-valid': 'true' }, '✓ ', t('integrity.valid', { n: integrity.events }))
    : h('p', { class: 'message message-error', role: 'alert', 'data-testid': 'integrity', 'data-valid': 'false' }, '✗ ', t('integrity.broken', { at: integrity.brokenAt ?? '?' }));
}
