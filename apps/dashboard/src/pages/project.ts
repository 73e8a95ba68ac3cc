import type { AccountView, ProjectView } from '../api-types.js';
import type { PageContext } from '../context.js';
import { code } from '../codes.js';
import { h, idLink, keep, replaceChildren, type Child } from '../dom.js';
import { formatInstant } from '../format.js';
import { label, t, tn } from '../i18n/index.js';
import { href } from '../router.js';
import { clockTimeline } from './clock-timeline.js';
import { recordSections, section } from './record-sections.js';
import { fact, projectTravel } from './time-travel.js';

/**
 * One project: its view and clocks for everyone allowed to see it; its event history, time travel and integrity for
 * auditors and admins (a customer sees its own history). Sections a token may not open say so instead of calling.
 */
export async function projectPage(ctx: PageContext): Promise<void> {
  if (ctx.route.page !== 'project') return;
  const id = ctx.route.projectId;
  const base = `/api/projects/${encodeURIComponent(id)}`;
  const view = await ctx.api.get<ProjectView>(base, {}, ctx.signal);
  const account = await accountOf(ctx, view);
  const record = recordSections(ctx, base, projectTravel(id));
  replaceChildren(
    ctx.main,
    h('h1', { class: 'wrap' }, tn('project.title', { id: keep(view.projectId) })),
    section('summary', t('project.summary'), summary(view, account)),
    section('clocks', t('project.clocks'), h('p', { class: 'help' }, t('project.clocksHelp')), clockTimeline(view.clocks, new Date().toISOString())),
    ...record.sections,
  );
  await record.load();
}

const ENERGIZED = ['energized', 'archived'];

/**
 * The account an energized project's customer is supplied on (`acct-<projectId>`, opened by the supply-accounts
 * process manager), when it exists: looked up among the customer's accounts, so that no link leads to a 404.
 */
async function accountOf(ctx: PageContext, view: ProjectView): Promise<string | undefined> {
  if (!ENERGIZED.includes(view.status)) return undefined;
  try {
    const accounts = await ctx.api.all<AccountView>('/api/accounts', { customerId: view.customerId, limit: 100 }, { max: 500, signal: ctx.signal });
    return accounts.find((a) => a.accountId === `acct-${view.projectId}`)?.accountId;
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return undefined; // the project page stands without the link
  }
}

function summary(view: ProjectView, accountId: string | undefined): HTMLElement {
  const capacity = (c?: { value: number; unit: string }) => keep(c ? `${c.value} ${c.unit}` : undefined);
  const dates = Object.entries(view.dates ?? {}).filter(([, at]) => at);
  const scheme = view.scheme;
  const joined = (parts: Child[]) => parts.filter((part) => part !== undefined && part !== '—').flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));
  return h(
    'div',
    { class: 'summary' },
    h(
      'dl',
      { class: 'facts' },
      fact(
        t('common.customer'),
        h('a', { href: href('customers', view.customerId) }, view.customerName ? tn('common.aside', { main: keep(view.customerName), aside: keep(view.customerId) }) : keep(view.customerId)),
      ),
      accountId ? fact(t('account.link'), idLink(href('accounts', accountId), accountId), 'project-account') : null,
      fact(t('common.customerClass'), code('class', view.customerClass)),
      fact(t('common.orgUnit'), keep(view.orgUnit)),
      fact(t('project.step'), code('step', view.step), 'project-step'),
      fact(t('common.status'), code('status', view.status), 'project-status'),
      fact(t('project.version'), String(view.version), 'project-version'),
      fact(t('project.capacity'), capacity(view.requestedCapacity)),
      scheme
        ? fact(t('project.scheme'), joined([keep(scheme.supplyVoltage), code('supplyMode', scheme.supplyMode), capacity(scheme.approvedCapacity), keep(scheme.meteringMethod)]))
        : null,
      view.contract ? fact(t('project.contract'), [keep(view.contract.contractNo), ` · ${view.contract.effectiveDate}`]) : null,
      view.meterNumbers?.length ? fact(t('project.meters'), keep(view.meterNumbers.join(t('common.listSeparator')))) : null,
      view.archiveNo ? fact(t('project.archiveNo'), keep(view.archiveNo)) : null,
      view.policyVersion ? fact(t('common.policyVersion'), code('policy', view.policyVersion), 'project-policy') : null,
      view.assessment
        ? fact(
            t('project.assessment'),
            `${view.assessment.onTime ? t('project.assessmentOnTime') : t('project.assessmentLate', { clocks: view.assessment.lateClocks.map((c) => label('clock', c)).join(t('common.listSeparator')) })} · ${t('project.assessmentJudgedAt')} ${formatInstant(view.assessment.judgedAt)}`,
            'project-assessment',
          )
        : null,
    ),
    dates.length
      ? h('div', {}, h('h3', {}, t('project.dates')), h('dl', { class: 'facts facts-compact' }, dates.map(([key, at]) => fact(label('date', key), formatInstant(at)))))
      : null,
  );
}
