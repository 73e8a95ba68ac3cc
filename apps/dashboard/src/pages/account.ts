import type { AccountView } from '../api-types.js';
import type { PageContext } from '../context.js';
import { code } from '../codes.js';
import { h, keep, replaceChildren } from '../dom.js';
import { formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { capacityText, chargeTable, serviceTable, suspensionYears } from './account-sections.js';
import { clockTimeline } from './clock-timeline.js';
import { factsFromData, recordSections, section } from './record-sections.js';
import { fact, type TravelSubject } from './time-travel.js';

/**
 * One supply account (用电户): its status and capacities, suspensions, services, charges and clocks for everyone allowed
 * to see it; its history, time travel and integrity for auditors and admins (a customer sees its own history), as the
 * project page does.
 */
export async function accountPage(ctx: PageContext): Promise<void> {
  if (ctx.route.page !== 'account') return;
  const id = ctx.route.accountId;
  const base = `/api/accounts/${encodeURIComponent(id)}`;
  const view = await ctx.api.get<AccountView>(base, {}, ctx.signal);
  const record = recordSections(ctx, base, accountTravel(id), factsFromData);
  replaceChildren(
    ctx.main,
    h('h1', { class: 'wrap' }, tn('account.title', { id: keep(view.accountId) })),
    section('summary', t('account.summary'), summary(view)),
    section('suspensions', t('account.suspensions'), h('p', { class: 'help' }, t('account.suspensionsHelp')), suspensionYears(view)),
    section('services', t('account.services'), serviceTable(view)),
    section('charges', t('account.charges'), chargeTable(view)),
    section('clocks', t('project.clocks'), clockTimeline(view.clocks, new Date().toISOString())),
    ...record.sections,
  );
  await record.load();
}

/** An account as it stood: status and suspended capacity are evaluated at the chosen time (API.md). */
const accountTravel = (accountId: string): TravelSubject<AccountView> => ({
  statePath: `/api/accounts/${encodeURIComponent(accountId)}/state`,
  facts: (state) => [
    fact(t('common.status'), code('accountStatus', state.status), 'travel-status'),
    fact(t('account.suspendedCapacity'), capacityText(state.suspendedCapacity), 'travel-suspended'),
    fact(t('account.tariffCategory'), code('tariff', state.tariffCategory), 'travel-tariff'),
    fact(t('project.version'), String(state.version), 'travel-version'),
  ],
});

function summary(view: AccountView): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    fact(t('common.customer'), h('a', { href: href('customers', view.customerId), translate: 'no' }, view.customerId)),
    fact(t('common.project'), h('a', { href: href('projects', view.projectId), translate: 'no' }, view.projectId)),
    fact(t('common.status'), code('accountStatus', view.status), 'account-status'),
    fact(t('account.contractCapacity'), capacityText(view.contractCapacity), 'account-contract-capacity'),
    fact(t('account.suspendedCapacity'), capacityText(view.suspendedCapacity), 'account-suspended-capacity'),
    fact(t('account.tariffCategory'), code('tariff', view.tariffCategory), 'account-tariff'),
    view.supplyVoltage ? fact(t('account.supplyVoltage'), keep(view.supplyVoltage)) : null,
    fact(t('account.supplyAddress'), keep(view.supplyAddress)),
    fact(t('common.orgUnit'), keep(view.orgUnit)),
    fact(t('project.meters'), keep(view.meterNumbers.join(t('common.listSeparator')))),
    view.openedAt ? fact(t('account.openedAt'), formatInstant(view.openedAt)) : null,
    view.splitFrom ? fact(t('account.splitFrom'), h('a', { href: href('accounts', view.splitFrom), translate: 'no' }, view.splitFrom)) : null,
    view.closedAt ? fact(t('account.closedAt'), formatInstant(view.closedAt)) : null,
    fact(t('project.version'), String(view.version), 'account-version'),
  );
}
