import type { EventFacts, Integrity, ProjectEvent } from '../api-types.js';
import type { PageContext } from '../context.js';
import { code } from '../codes.js';
import { h, keep, scrollTable } from '../dom.js';
import { eventLine, eventName } from '../event-line.js';
import { formatInstant } from '../format.js';
import { t } from '../i18n/index.js';

/** Every event of a stream (`base`: `/api/projects/:id`, `/api/accounts/:id`), following `nextFromVersion`. */
export async function allEvents(ctx: PageContext, base: string): Promise<ProjectEvent[]> {
  const events: ProjectEvent[] = [];
  let fromVersion: number | null | undefined = 1;
  while (fromVersion) {
    const page: { items: ProjectEvent[]; nextFromVersion: number | null } = await ctx.api.get(`${base}/events`, { fromVersion, limit: 1000 }, ctx.signal);
    events.push(...page.items);
    fromVersion = page.nextFromVersion;
  }
  return events;
}

/**
 * A stream's events as the event store has them: who, what, business time and recorded time. With `factsOf`, each
 * event also gets its line in the reader's language (account events: their data are their facts).
 */
export function historyTable(events: ProjectEvent[], factsOf?: (event: ProjectEvent) => EventFacts): HTMLElement {
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
            h(
              'td',
              {},
              factsOf ? h('p', { class: 'wrap' }, eventLine(e.type, factsOf(e))) : null,
              h('details', {}, h('summary', {}, t('history.data')), h('pre', { translate: 'no' }, JSON.stringify(e.data, null, 2))),
            ),
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
