import type { AccountView, Capacity } from '../api-types.js';
import { code } from '../codes.js';
import { h, idLink, keep, scrollTable, type Child } from '../dom.js';
import { formatInstant } from '../format.js';
import { t, tn } from '../i18n/index.js';
import { href } from '../router.js';

type Service = AccountView['services'][number];
type Charge = AccountView['charges'][number];

export const capacityText = (c: Capacity | undefined): Child => keep(c ? `${c.value} ${c.unit}` : undefined);
/** Yuan as the API computed them: shown as they came, with the unit in the reader's language. */
export const yuan = (amount: number | undefined): Child[] => (amount === undefined ? ['—'] : tn('account.yuan', { amount: keep(amount) }));

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * The suspensions (暂停) on a year's axis, one row per year that has any: a bar from the first suspended day to the
 * last (the day before an early restoration), as the yearly limits of SPEC §7.2 count them. Each bar says it in words.
 */
export function suspensionYears(view: AccountView): HTMLElement {
  if (view.suspensions.length === 0) return h('p', { class: 'message' }, t('account.noSuspensions'));
  const years = [...new Set(view.suspensions.map((s) => s.from.slice(0, 4)))].sort();
  return h(
    'ul',
    { class: 'timeline timeline-rows', 'data-testid': 'suspension-years' },
    years.map((year) => {
      const start = dayNumber(`${year}-01-01`);
      const length = dayNumber(`${Number(year) + 1}-01-01`) - start;
      const pct = (days: number) => `${((days / length) * 100).toFixed(2)}%`;
      const inYear = view.suspensions.filter((s) => s.from.startsWith(year));
      return h(
        'li',
        { class: 'timeline-row', 'data-year': year },
        h('div', { class: 'timeline-label' }, h('strong', { translate: 'no' }, year), ' ', t('account.suspensionCount', { n: inYear.length })),
        h(
          'ul',
          { class: 'timeline-text' },
          inYear.map((s) =>
            h(
              'li',
              { 'data-testid': 'suspension', 'data-from': s.from },
              tn('account.suspensionLine', { capacity: capacityText(s.capacity), from: keep(s.from), until: keep(s.until) }),
              s.endedOn ? [' · ', ...tn('account.endedOn', { date: keep(s.endedOn) })] : '',
              s.restoreOn ? [' · ', ...tn('account.restoredOn', { date: keep(s.restoreOn) })] : '',
              s.basicChargeWaived === false ? ` · ${t('account.basicChargeNotWaived')}` : '',
            ),
          ),
        ),
        h(
          'div',
          { class: 'timeline-track', 'aria-hidden': 'true' },
          inYear.map((s) => {
            const from = dayNumber(s.from) - start;
            const last = dayNumber(s.restoreOn ? new Date((dayNumber(s.restoreOn) - 1) * DAY_MS).toISOString() : s.until) - start;
            return h('div', { class: 'timeline-bar timeline-suspension', style: `left:${pct(from)};width:${pct(last - from + 1)}`, title: `${s.from} – ${s.until}` });
          }),
        ),
      );
    }),
  );
}

/** What a service changed, from its codes, numbers and dates (free text — reasons, findings — stays in the history). */
function serviceDetail(s: Service): Child[] {
  const f = s as Record<string, unknown>;
  const category = (key: string) => code('tariff', f[key]);
  switch (s.type) {
    case 'suspension':
      return tn('account.suspensionLine', { capacity: capacityText(f.capacity as Capacity), from: keep(f.from as string), until: keep(f.until as string) });
    case 'restoration':
      return tn('account.restoredOn', { date: keep(f.restoreOn as string) });
    case 'tariffChange':
      return [category('currentCategory'), ' → ', category('newCategory'), f.approved === false ? ` · ${t('account.surveyRefused')}` : ''];
    case 'capacityChange':
      return [capacityText(f.previousCapacity as Capacity), ' → ', capacityText(f.contractCapacity as Capacity)];
    case 'reinstallation':
      return [keep((f.meterNumbers as string[] | undefined)?.join(t('common.listSeparator')))];
    case 'closure':
      return tn('account.finalReading', { reading: keep(f.finalReading as number) });
    case 'split':
      return (f.parts as { accountId: string }[]).flatMap((p, i) => [i ? t('common.listSeparator') : '', idLink(href('accounts', p.accountId), p.accountId)]);
    default:
      return [];
  }
}

export function serviceTable(view: AccountView): HTMLElement {
  if (view.services.length === 0) return h('p', { class: 'message' }, t('account.noServices'));
  const cols = [t('account.service'), t('account.requestedAt'), t('account.completedAt'), t('history.details')];
  return scrollTable(
    t('account.services'),
    h(
      'table',
      { class: 'data', 'data-testid': 'account-services' },
      h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        view.services.map((s) =>
          h(
            'tr',
            { 'data-type': s.type },
            h('td', {}, code('service', s.type)),
            h('td', { class: 'nowrap' }, formatInstant(s.requestedAt)),
            h('td', { class: 'nowrap' }, s.completedAt ? formatInstant(s.completedAt) : t('account.inProgress')),
            h('td', { class: 'wrap' }, serviceDetail(s)),
          ),
        ),
      ),
    ),
  );
}

/** Late-payment charges (电费违约金) and violations (违约用电) with the amounts the API computed (SPEC §7.3). */
export function chargeTable(view: AccountView): HTMLElement {
  if (view.charges.length === 0) return h('p', { class: 'message' }, t('account.noCharges'));
  const cols = [t('account.charge'), t('history.details'), t('account.backCharge'), t('account.penalty'), t('account.amount'), t('account.assessedAt')];
  return scrollTable(
    t('account.charges'),
    h(
      'table',
      { class: 'data', 'data-testid': 'account-charges' },
      h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        view.charges.map((c: Charge) =>
          h(
            'tr',
            { 'data-type': c.type },
            h('td', {}, code('charge', c.type)),
            h(
              'td',
              { class: 'wrap' },
              c.type === 'latePayment'
                ? tn('account.lateDetail', { month: keep(c.billMonth), amountDue: keep(c.amountDue), dueDate: keep(c.dueDate), paidOn: keep(c.paidOn), days: keep(c.daysLate) })
                : code('violation', c.kind),
            ),
            h('td', { class: 'num' }, c.type === 'violation' ? yuan(c.backCharge) : '—'),
            h('td', { class: 'num' }, c.type === 'violation' ? yuan(c.penalty) : '—'),
            h('td', { class: 'num', 'data-testid': 'charge-amount' }, yuan(c.amount)),
            h('td', { class: 'nowrap' }, formatInstant(c.assessedAt)),
          ),
        ),
      ),
    ),
  );
}
