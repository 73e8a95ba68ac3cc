import { CUSTOMER_CLASSES, POLICY_VERSIONS } from '../api-types.js';
import { dayEnd, dayStart, fromLocalInput, toLocalInput } from '../format.js';
import { h } from '../dom.js';
import { t } from '../i18n/index.js';

/** The overview's filters as the URL keeps them (so a view can be linked and reloaded). */
export interface SlaFilters {
  asOf?: string;
  orgUnit?: string;
  customerClass?: string;
  /** Only projects under this policy version; absent, clocks of one name pooled across policies. */
  policyVersion?: string;
  /** `YYYY-MM-DD`, Beijing days, inclusive */
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(query: URLSearchParams): SlaFilters {
  const value = (name: string) => query.get(name)?.trim() || undefined;
  const date = (name: string) => (DATE.test(value(name) ?? '') ? value(name) : undefined);
  const customerClass = value('customerClass');
  const policyVersion = value('policyVersion');
  return {
    policyVersion: policyVersion && (POLICY_VERSIONS as readonly string[]).includes(policyVersion) ? policyVersion : undefined,
    asOf: value('asOf') && !Number.isNaN(Date.parse(value('asOf')!)) ? value('asOf') : undefined,
    orgUnit: value('orgUnit'),
    customerClass: customerClass && (CUSTOMER_CLASSES as readonly string[]).includes(customerClass) ? customerClass : undefined,
    from: date('from'),
    to: date('to'),
  };
}

/** The dashboard API's parameters for these filters (API.md `/api/dashboards/sla`). */
export const dashboardParams = (f: SlaFilters) => ({
  asOf: f.asOf,
  orgUnit: f.orgUnit,
  customerClass: f.customerClass,
  policyVersion: f.policyVersion,
  from: f.from ? dayStart(f.from) : undefined,
  to: f.to ? dayEnd(f.to) : undefined,
});

/** The filter form; submitting it calls `apply` with the new filters (empty fields dropped). */
export function filterForm(filters: SlaFilters, orgUnits: string[], apply: (f: SlaFilters) => void): HTMLFormElement {
  const field = (id: string, text: string, control: HTMLElement, help?: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, text), control, help ? h('small', { id: `${id}-help` }, help) : null);
  const asOf = h('input', { id: 'f-asOf', name: 'asOf', type: 'datetime-local', value: filters.asOf ? toLocalInput(filters.asOf) : '', 'aria-describedby': 'f-asOf-help' });
  const orgUnit = h('input', { id: 'f-orgUnit', name: 'orgUnit', type: 'text', list: 'f-orgUnits', value: filters.orgUnit ?? '', autocomplete: 'off' });
  const customerClass = h(
    'select',
    { id: 'f-customerClass', name: 'customerClass' },
    h('option', { value: '' }, t('common.all')),
    CUSTOMER_CLASSES.map((c) => h('option', { value: c, selected: filters.customerClass === c }, t(`class.${c}`))),
  );
  const policyVersion = h(
    'select',
    { id: 'f-policyVersion', name: 'policyVersion' },
    h('option', { value: '' }, t('common.all')),
    POLICY_VERSIONS.map((v) => h('option', { value: v, selected: filters.policyVersion === v }, t(`policy.${v}`))),
  );
  const from = h('input', { id: 'f-from', name: 'from', type: 'date', value: filters.from ?? '' });
  const to = h('input', { id: 'f-to', name: 'to', type: 'date', value: filters.to ?? '' });
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    field('f-asOf', t('common.asOf'), asOf, t('common.asOfHelp')),
    field('f-orgUnit', t('common.orgUnit'), orgUnit),
    h('datalist', { id: 'f-orgUnits' }, orgUnits.map((unit) => h('option', { value: unit }))),
    field('f-customerClass', t('common.customerClass'), customerClass),
    field('f-policyVersion', t('common.policyVersion'), policyVersion),
    field('f-from', t('common.from'), from),
    field('f-to', t('common.to'), to),
    h(
      'div',
      { class: 'field field-actions' },
      h('button', { type: 'submit', class: 'button button-primary' }, t('common.apply')),
      h('button', { type: 'reset', class: 'button' }, t('common.reset')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply({
      asOf: fromLocalInput(asOf.value) ?? undefined,
      orgUnit: orgUnit.value.trim() || undefined,
      customerClass: customerClass.value || undefined,
      policyVersion: policyVersion.value || undefined,
      from: from.value || undefined,
      to: to.value || undefined,
    });
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    apply({});
  });
  return form;
}
