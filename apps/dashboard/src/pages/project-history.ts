import type { Integrity, ProjectEvent } from '../api-types.js';
import { code } from '../codes.js';
import { h, keep, scrollTable } from '../dom.js';
import { eventName } from '../event-line.js';
import { formatInstant } from '../format.js';
import { t } from '../i18n/index.js';

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
            h('td', {}, eventName(e.type)),
            h('td', {}, keep(e.actor.name), h('small', { class: 'muted' }, ' ', code('role', e.actor.role), ' · ', keep(e.actor.orgUnit))),
            h('td', { class: 'nowrap' }, h('time', { datetime: e.occurredAt }, formatInstant(e.occurredAt))),
            h('td', { class: 'nowrap' }, h('time', { datetime: e.recordedAt }, formatInstant(e.recordedAt))),
            // The event's data as stored, field names and all: a record, not a sentence.
            h('td', {}, h('details', {}, h('summary', {}, t('history.data')), h('pre', { translate: 'no' }, JSON.stringify(e.data, null, 2)))),
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
