import type { ClaimAppliance, ClaimView } from '../api-types.js';
import { code } from '../codes.js';
import type { PageContext } from '../context.js';
import { h, keep, replaceChildren, scrollTable, type Child } from '../dom.js';
import { formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { yuan } from './account-sections.js';
import { clockTimeline } from './clock-timeline.js';
import { factsFromData, recordSections, section } from './record-sections.js';
import { fact, type TravelSubject } from './time-travel.js';

/**
 * One appliance-damage claim (家电损坏理赔, SPEC §8): the appliances with their compensation and how each was reached,
 * the investigation, the total and the clock; its record (history, time travel, integrity) as on the account page.
 */
export async function claimPage(ctx: PageContext): Promise<void> {
  if (ctx.route.page !== 'claim') return;
  const id = ctx.route.claimId;
  const base = `/api/damage-claims/${encodeURIComponent(id)}`;
  const view = await ctx.api.get<ClaimView>(base, {}, ctx.signal);
  const record = recordSections(ctx, base, claimTravel(id), factsFromData);
  replaceChildren(
    ctx.main,
    h('h1', { class: 'wrap' }, tn('claim.title', { id: keep(view.claimId) })),
    section('summary', t('claim.summary'), summary(view)),
    section('appliances', t('claim.appliances'), h('p', { class: 'help' }, t('claim.appliancesHelp')), applianceTable(view)),
    section('clocks', t('project.clocks'), clockTimeline(view.clocks, new Date().toISOString())),
    ...record.sections,
  );
  await record.load();
}

/** A claim as it stood: its status and total, with its clock then. */
const claimTravel = (claimId: string): TravelSubject<ClaimView> => ({
  statePath: `/api/damage-claims/${encodeURIComponent(claimId)}/state`,
  facts: (state) => [
    fact(t('common.status'), code('claimStatus', state.status), 'travel-status'),
    fact(t('claim.total'), yuan(state.total), 'travel-total'),
    fact(t('project.version'), String(state.version), 'travel-version'),
  ],
});

function summary(view: ClaimView): HTMLElement {
  const liable = view.investigation?.utilityLiable;
  return h(
    'dl',
    { class: 'facts' },
    fact(t('common.customer'), h('a', { href: href('customers', view.customerId), translate: 'no' }, view.customerId)),
    fact(t('account.link'), h('a', { href: href('accounts', view.accountId), translate: 'no' }, view.accountId)),
    fact(t('common.status'), code('claimStatus', view.status), 'claim-status'),
    fact(t('claim.damagedOn'), keep(view.damagedOn)),
    fact(t('claim.filedAt'), formatInstant(view.filedAt)),
    fact(t('common.orgUnit'), keep(view.orgUnit)),
    view.investigation ? fact(t('claim.investigatedAt'), formatInstant(view.investigation.at)) : null,
    view.investigation ? fact(t('claim.liability'), liable ? t('claim.liable') : t('claim.notLiable'), 'claim-liability') : null,
    view.investigation ? fact(t('claim.findings'), keep(view.investigation.findings)) : null,
    view.settledAt ? fact(t('claim.settledAt'), formatInstant(view.settledAt)) : null,
    fact(t('claim.total'), yuan(view.total), 'claim-total'),
    fact(t('project.version'), String(view.version), 'claim-version'),
  );
}

/** How an appliance's compensation was reached, in words from its basis and numbers (SPEC §8). */
function how(a: ClaimAppliance): Child[] {
  const n = (value: number | undefined) => keep(value);
  switch (a.basis) {
    case 'repairCost':
      return tn('basis.repairCostLine', { cost: n(a.repairCost) });
    case 'boughtWithinSixMonths':
      return tn('basis.boughtWithinSixMonthsLine', { price: n(a.invoicePrice) });
    case 'depreciated':
    case 'minimumShare':
      return tn(`basis.${a.basis}Line`, { price: n(a.invoicePrice), months: n(a.monthsUsed), years: n(a.lifeYears) });
    case 'notLiable':
      return [t('basis.notLiableLine')];
    default:
      return [t('claim.notSettled')];
  }
}

function applianceTable(view: ClaimView): HTMLElement {
  const cols = [t('claim.appliance'), t('claim.category'), t('claim.purchasedOn'), t('claim.invoicePrice'), t('claim.found'), t('claim.basis'), t('claim.how'), t('claim.compensation')];
  return scrollTable(
    t('claim.appliances'),
    h(
      'table',
      { class: 'data', 'data-testid': 'claim-appliances' },
      h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        view.appliances.map((a) =>
          h(
            'tr',
            { 'data-basis': a.basis ?? null },
            h('td', {}, keep(a.name)),
            h('td', {}, code('appliance', a.category)),
            h('td', { class: 'nowrap' }, keep(a.purchasedOn)),
            h('td', { class: 'num' }, yuan(a.invoicePrice)),
            h('td', {}, a.repairable === undefined ? '—' : a.repairable ? [t('claim.repairable'), ' · ', ...yuan(a.repairCost)] : t('claim.notRepairable')),
            h('td', { 'data-testid': 'appliance-basis' }, code('basis', a.basis)),
            h('td', { class: 'wrap' }, how(a)),
            h('td', { class: 'num', 'data-testid': 'appliance-compensation' }, yuan(a.compensation)),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h('tr', {}, h('th', { scope: 'row', colspan: cols.length - 1 }, t('claim.total')), h('td', { class: 'num', 'data-testid': 'appliances-total' }, yuan(view.total))),
      ),
    ),
  );
}
