import type { ClaimView, ComplaintView, TimedClock } from '../api-types.js';
import { clockName, code } from '../codes.js';
import type { PageContext } from '../context.js';
import { h, idLink, idText, replaceChildren, scrollTable, type Child } from '../dom.js';
import { formatDate, formatInstant } from '../format.js';
import { t } from '../i18n/index.js';
import { href } from '../router.js';
import { yuan } from './account-sections.js';
import { param } from './filters.js';

const MAX_ROWS = 500;

/**
 * The complaints (投诉) and appliance-damage claims (家电损坏理赔), each linked to its page with its status and clocks;
 * `customerId` and `orgUnit` in the URL narrow both lists as the API's filters do.
 */
export async function casesPage(ctx: PageContext): Promise<void> {
  const params = { customerId: param(ctx.route.query, 'customerId'), orgUnit: param(ctx.route.query, 'orgUnit'), limit: 100 };
  const [complaints, claims] = await Promise.all([
    ctx.api.all<ComplaintView>('/api/complaints', params, { max: MAX_ROWS, signal: ctx.signal }),
    ctx.api.all<ClaimView>('/api/damage-claims', params, { max: MAX_ROWS, signal: ctx.signal }),
  ]);
  const list = (id: string, title: string, rows: unknown[], table: () => HTMLTableElement) =>
    h(
      'section',
      { 'aria-labelledby': id },
      h('h2', { id }, title),
      h('p', { 'data-testid': `${id}-count` }, t('common.count', { n: rows.length })),
      rows.length === 0 ? h('p', { class: 'message' }, t('list.empty')) : scrollTable(title, table()),
    );
  replaceChildren(
    ctx.main,
    h('h1', {}, t('cases.title')),
    list('complaints', t('cases.complaints'), complaints, () => complaintTable(complaints)),
    list('claims', t('cases.claims'), claims, () => claimTable(claims)),
  );
}

/** Each clock by name with its status and deadline, one per line. */
const clockCell = (clocks: TimedClock[]): Child =>
  clocks.length === 0
    ? '—'
    : h(
        'ul',
        { class: 'clock-cell' },
        clocks.map((c) =>
          h('li', { 'data-clock': c.name }, clockName(c.name, c.round), ' ', h('span', { class: `badge badge-${c.status}` }, code('status', c.status)), ' ', formatDate(c.deadline)),
        ),
      );

const header = (cols: string[]) => h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c))));

/** Complaints, each linked to its page (the list page and the dossier). */
export function complaintTable(complaints: ComplaintView[]): HTMLTableElement {
  const cols = [t('subject.complaint'), t('common.customer'), t('common.status'), t('complaint.channel'), t('complaint.receivedAt'), t('project.clocks'), t('complaint.satisfaction'), t('common.orgUnit')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'complaint-rows' },
    header(cols),
    h(
      'tbody',
      {},
      complaints.map((c) =>
        h(
          'tr',
          { 'data-complaint-id': c.complaintId },
          h('td', {}, idLink(href('complaints', c.complaintId), c.complaintId)),
          h('td', {}, idLink(href('customers', c.customerId), c.customerId)),
          h('td', {}, code('complaintStatus', c.status)),
          h('td', {}, code('channel', c.channel)),
          h('td', { class: 'nowrap' }, formatInstant(c.receivedAt)),
          h('td', {}, clockCell(c.clocks)),
          h('td', {}, code('satisfaction', c.satisfaction)),
          h('td', {}, idText(c.orgUnit)),
        ),
      ),
    ),
  );
}

/** Claims, each linked to its page (the list page and the dossier). */
export function claimTable(claims: ClaimView[]): HTMLTableElement {
  const cols = [t('subject.claim'), t('common.customer'), t('account.link'), t('common.status'), t('claim.damagedOn'), t('project.clocks'), t('claim.total'), t('common.orgUnit')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'claim-rows' },
    header(cols),
    h(
      'tbody',
      {},
      claims.map((c) =>
        h(
          'tr',
          { 'data-claim-id': c.claimId },
          h('td', {}, idLink(href('claims', c.claimId), c.claimId)),
          h('td', {}, idLink(href('customers', c.customerId), c.customerId)),
          h('td', {}, idLink(href('accounts', c.accountId), c.accountId)),
          h('td', {}, code('claimStatus', c.status)),
          h('td', { class: 'nowrap' }, c.damagedOn),
          h('td', {}, clockCell(c.clocks)),
          h('td', { class: 'num' }, yuan(c.total)),
          h('td', {}, idText(c.orgUnit)),
        ),
      ),
    ),
  );
}
