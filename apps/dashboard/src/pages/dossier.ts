import { ApiError } from '../api.js';
import type { AccountView, CustomerDossier } from '../api-types.js';
import type { PageContext } from '../context.js';
import { code } from '../codes.js';
import { h, idLink, idText, keep, replaceChildren, scrollTable } from '../dom.js';
import { errorBlock } from '../errors.js';
import { eventLine, eventName } from '../event-line.js';
import { formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { capacityText } from './account-sections.js';
import { claimTable, complaintTable } from './cases.js';
import { fact } from './time-travel.js';

/**
 * A customer's dossier exactly as the API answers it: the ID number is shown as the API masks it (only auditors and
 * admins get it whole). A customer token opening someone else's dossier gets the API's 404, said in words.
 */
export async function dossierPage(ctx: PageContext): Promise<void> {
  if (ctx.route.page !== 'dossier') return;
  const customerId = ctx.route.customerId ?? (ctx.tokens.claims()?.customerId || null);
  const lookup = lookupForm(ctx, customerId ?? '');
  if (!customerId) return replaceChildren(ctx.main, h('h1', {}, t('dossier.title')), lookup);
  let dossier: CustomerDossier;
  try {
    dossier = await ctx.api.get<CustomerDossier>(`/api/customers/${encodeURIComponent(customerId)}/dossier`, {}, ctx.signal);
  } catch (error) {
    if (!(error instanceof ApiError) || ctx.signal.aborted) throw error;
    const message = error.status === 404 ? t('dossier.notFound', { id: customerId }) : undefined;
    return replaceChildren(ctx.main, h('h1', {}, t('dossier.title')), lookup, errorBlock(error, ctx.tokens, () => (ctx.tokens.clear(), ctx.rerender()), message));
  }
  const c = dossier.customer;
  replaceChildren(
    ctx.main,
    h('h1', {}, `${t('dossier.title')} · `, keep(c.name)),
    lookup,
    h(
      'section',
      { 'aria-labelledby': 'customer-title' },
      h('h2', { id: 'customer-title' }, t('dossier.customer')),
      h(
        'dl',
        { class: 'facts' },
        fact(t('dossier.name'), keep(c.name), 'customer-name'),
        fact(t('dossier.kind'), code('kind', c.kind)),
        fact(t('dossier.idNumber'), keep(c.idNumber), 'customer-id-number'),
        fact(t('dossier.phone'), keep(c.phone)),
        fact(t('dossier.address'), keep(c.address)),
      ),
    ),
    h('section', { 'aria-labelledby': 'projects-title' }, h('h2', { id: 'projects-title' }, t('dossier.projects')), scrollTable(t('dossier.projects'), projectTable(dossier))),
    dossier.accounts?.length
      ? h('section', { 'aria-labelledby': 'accounts-title' }, h('h2', { id: 'accounts-title' }, t('dossier.accounts')), scrollTable(t('dossier.accounts'), accountTable(dossier.accounts)))
      : null,
    dossier.complaints?.length
      ? h('section', { 'aria-labelledby': 'complaints-title' }, h('h2', { id: 'complaints-title' }, t('cases.complaints')), scrollTable(t('cases.complaints'), complaintTable(dossier.complaints)))
      : null,
    dossier.claims?.length
      ? h('section', { 'aria-labelledby': 'claims-title' }, h('h2', { id: 'claims-title' }, t('cases.claims')), scrollTable(t('cases.claims'), claimTable(dossier.claims)))
      : null,
    h('section', { 'aria-labelledby': 'timeline-title' }, h('h2', { id: 'timeline-title' }, t('dossier.timeline')), scrollTable(t('dossier.timeline'), timelineTable(dossier))),
  );
}

function lookupForm(ctx: PageContext, value: string): HTMLFormElement {
  const input = h('input', { id: 'd-customer', name: 'customerId', value, required: true, autocomplete: 'off', translate: 'no' });
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', { class: 'field' }, h('label', { for: 'd-customer' }, t('dossier.lookup')), input),
    h('div', { class: 'field field-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('dossier.open'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) ctx.navigate(href('customers', input.value.trim()));
  });
  return form;
}

function projectTable(dossier: CustomerDossier): HTMLTableElement {
  const cols = [t('common.project'), t('common.customerClass'), t('common.status'), t('common.orgUnit'), t('date.appliedAt'), t('project.contract'), t('project.meters'), t('project.archiveNo')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'dossier-projects' },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      dossier.projects.map((p) =>
        h(
          'tr',
          { 'data-project-id': p.projectId },
          h('td', {}, idLink(href('projects', p.projectId), p.projectId)),
          h('td', {}, code('class', p.customerClass)),
          h('td', {}, code('status', p.status)),
          h('td', {}, idText(p.orgUnit)),
          h('td', { class: 'nowrap' }, formatInstant(p.appliedAt)),
          h('td', {}, keep(p.contract?.contractNo)),
          h('td', {}, keep(p.meter?.meterNumbers.join(t('common.listSeparator')))),
          h('td', {}, keep(p.archive?.archiveNo)),
        ),
      ),
    ),
  );
}

/** The customer's supply accounts, each linked to its page, with the counts of what its page details. */
function accountTable(accounts: AccountView[]): HTMLTableElement {
  const cols = [t('account.link'), t('common.project'), t('common.status'), t('account.contractCapacity'), t('account.tariffCategory'), t('account.services'), t('account.charges')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'dossier-accounts' },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      accounts.map((a) =>
        h(
          'tr',
          { 'data-account-id': a.accountId },
          h('td', {}, idLink(href('accounts', a.accountId), a.accountId)),
          h('td', {}, idLink(href('projects', a.projectId), a.projectId)),
          h('td', {}, code('accountStatus', a.status)),
          h('td', {}, capacityText(a.contractCapacity)),
          h('td', {}, code('tariff', a.tariffCategory)),
          h('td', { class: 'num' }, String(a.services.length)),
          h('td', { class: 'num' }, String(a.charges.length)),
        ),
      ),
    ),
  );
}

function timelineTable(dossier: CustomerDossier): HTMLTableElement {
  const cols = [t('history.occurredAt'), t('common.project'), t('history.type'), t('history.actor'), t('dossier.summary'), t('history.recordedAt')];
  return h(
    'table',
    { class: 'data', 'data-testid': 'dossier-timeline' },
    h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      dossier.timeline.map((e) =>
        h(
          'tr',
          { 'data-type': e.type },
          h('td', { class: 'nowrap' }, formatInstant(e.occurredAt)),
          h('td', {}, idLink(href('projects', e.projectId), e.projectId)),
          h('td', {}, eventName(e.type, e.subject)),
          h('td', {}, tn('common.aside', { main: keep(e.actor.name), aside: code('role', e.actor.role) })),
          h('td', { class: 'wrap' }, eventLine(e.type, e.facts, e.subject)),
          h('td', { class: 'nowrap' }, formatInstant(e.recordedAt)),
        ),
      ),
    ),
  );
}
