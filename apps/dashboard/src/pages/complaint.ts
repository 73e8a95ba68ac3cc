import type { ComplaintView } from '../api-types.js';
import { code } from '../codes.js';
import type { PageContext } from '../context.js';
import { h, keep, replaceChildren } from '../dom.js';
import { formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { clockTimeline } from './clock-timeline.js';
import { factsFromData, recordSections, section } from './record-sections.js';
import { fact, type TravelSubject } from './time-travel.js';

/**
 * One complaint (投诉, SPEC §8): how it came, its contact, reply and revisit, and its clocks; its record (history, time
 * travel, integrity) as on the account page.
 */
export async function complaintPage(ctx: PageContext): Promise<void> {
  if (ctx.route.page !== 'complaint') return;
  const id = ctx.route.complaintId;
  const base = `/api/complaints/${encodeURIComponent(id)}`;
  const view = await ctx.api.get<ComplaintView>(base, {}, ctx.signal);
  const record = recordSections(ctx, base, complaintTravel(id), factsFromData);
  replaceChildren(
    ctx.main,
    h('h1', { class: 'wrap' }, tn('complaint.title', { id: keep(view.complaintId) })),
    section('summary', t('complaint.summary'), summary(view)),
    section('clocks', t('project.clocks'), clockTimeline(view.clocks, new Date().toISOString())),
    ...record.sections,
  );
  await record.load();
}

/** A complaint as it stood: its status and revisit verdict, with its clocks then. */
const complaintTravel = (complaintId: string): TravelSubject<ComplaintView> => ({
  statePath: `/api/complaints/${encodeURIComponent(complaintId)}/state`,
  facts: (state) => [
    fact(t('common.status'), code('complaintStatus', state.status), 'travel-status'),
    fact(t('complaint.satisfaction'), code('satisfaction', state.satisfaction), 'travel-satisfaction'),
    fact(t('project.version'), String(state.version), 'travel-version'),
  ],
});

function summary(view: ComplaintView): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    fact(t('common.customer'), h('a', { href: href('customers', view.customerId), translate: 'no' }, view.customerId)),
    view.accountId ? fact(t('account.link'), h('a', { href: href('accounts', view.accountId), translate: 'no' }, view.accountId)) : null,
    fact(t('common.status'), code('complaintStatus', view.status), 'complaint-status'),
    fact(t('complaint.channel'), code('channel', view.channel), 'complaint-channel'),
    fact(t('complaint.category'), keep(view.category), 'complaint-category'),
    fact(t('complaint.description'), keep(view.description)),
    fact(t('common.orgUnit'), keep(view.orgUnit)),
    fact(t('complaint.receivedAt'), formatInstant(view.receivedAt)),
    view.contact ? fact(t('complaint.contactedAt'), formatInstant(view.contact.at)) : null,
    view.contact?.notes ? fact(t('complaint.notes'), keep(view.contact.notes)) : null,
    view.reply ? fact(t('complaint.repliedAt'), formatInstant(view.reply.at)) : null,
    view.reply ? fact(t('complaint.resolution'), keep(view.reply.resolution)) : null,
    view.closedAt ? fact(t('complaint.closedAt'), formatInstant(view.closedAt)) : null,
    view.satisfaction ? fact(t('complaint.satisfaction'), code('satisfaction', view.satisfaction), 'complaint-satisfaction') : null,
    fact(t('project.version'), String(view.version), 'complaint-version'),
  );
}
