import { CUSTOMER_CLASSES, POLICY_VERSIONS } from '../api-types.js';
import { dayEnd, dayStart, fromLocalInput, toLocalInput } from '../format.js';
import { h } from '../dom.js';
import { t } from '../i18n/index.js';

/** The filters every SLA page keeps in its URL (so a view can be linked and reloaded): the question's time and scope. */
export interface ScopeFilters {
  asOf?: string;
  orgUnit?: string;
  customerClass?: string;
}

/** The overview's filters. */
export interface SlaFilters extends ScopeFilters {
  /** Only projects under this policy version; absent, clocks of one name pooled across policies. */
  policyVersion?: string;
  /** `YYYY-MM-DD`, Beijing days, inclusive */
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A query parameter, trimmed; absent when empty. */
export const param = (query: URLSearchParams, name: string): string | undefined => query.get(name)?.trim() || undefined;

/** A query parameter that must be one of `values` (anything else is ignored, as if absent). */
export const oneOf = <T extends string>(query: URLSearchParams, name: string, values: readonly T[]): T | undefined => {
  const value = param(query, name);
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
};

export function readScope(query: URLSearchParams): ScopeFilters {
  const asOf = param(query, 'asOf');
  return {
    asOf: asOf && !Number.isNaN(Date.parse(asOf)) ? asOf : undefined,
    orgUnit: param(query, 'orgUnit'),
    customerClass: oneOf(query, 'customerClass', CUSTOMER_CLASSES),
  };
}

export function readFilters(query: URLSearchParams): SlaFilters {
  const date = (name: string) => (DATE.test(param(query, name) ?? '') ? param(query, name) : undefined);
  return { ...readScope(query), policyVersion: oneOf(query, 'policyVersion', POLICY_VERSIONS), from: date('from'), to: date('to') };
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

/** A labelled control of a filter form; `id` names both, and its help when given. */
export const field = (id: string, text: string, control: HTMLElement, help?: string): HTMLElement =>
  h('div', { class: 'field' }, h('label', { for: id }, text), control, help ? h('small', { id: `${id}-help` }, help) : null);

/** A select of codes shown by their labels, with 全部 (all) first. */
export const codeSelect = (id: string, values: readonly string[], selected: string | undefined, labelOf: (value: string) => string): HTMLSelectElement =>
  h('select', { id, name: id.replace(/^\w+-/, '') }, h('option', { value: '' }, t('common.all')), values.map((v) => h('option', { value: v, selected: selected === v }, labelOf(v))));

/** The scope fields (统计时点, 单位, 用户类别) and how to read them back; `prefix` keeps ids unique per form. */
export function scopeFields(prefix: string, scope: ScopeFilters, orgUnits: string[] = []): { fields: HTMLElement[]; read(): ScopeFilters } {
  const asOf = h('input', { id: `${prefix}-asOf`, name: 'asOf', type: 'datetime-local', value: scope.asOf ? toLocalInput(scope.asOf) : '', 'aria-describedby': `${prefix}-asOf-help` });
  const orgUnit = h('input', { id: `${prefix}-orgUnit`, name: 'orgUnit', type: 'text', list: `${prefix}-orgUnits`, value: scope.orgUnit ?? '', autocomplete: 'off', translate: 'no' });
  const customerClass = codeSelect(`${prefix}-customerClass`, CUSTOMER_CLASSES, scope.customerClass, (c) => t(`class.${c as 'residential'}`));
  return {
    fields: [
      field(`${prefix}-asOf`, t('common.asOf'), asOf, t('common.asOfHelp')),
      field(`${prefix}-orgUnit`, t('common.orgUnit'), orgUnit),
      h('datalist', { id: `${prefix}-orgUnits` }, orgUnits.map((unit) => h('option', { value: unit }))),
      field(`${prefix}-customerClass`, t('common.customerClass'), customerClass),
    ],
    read: () => ({ asOf: fromLocalInput(asOf.value) ?? undefined, orgUnit: orgUnit.value.trim() || undefined, customerClass: customerClass.value || undefined }),
  };
}

/** A filter form: its fields, 查询 and 重置; submitting calls `apply` with what `read` gives, resetting with nothing. */
export function filterForm<F>(fields: HTMLElement[], read: () => F, apply: (filters: F | Record<string, never>) => void): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    fields,
    h(
      'div',
      { class: 'field field-actions' },
      h('button', { type: 'submit', class: 'button button-primary' }, t('common.apply')),
      h('button', { type: 'reset', class: 'button' }, t('common.reset')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(read());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    apply({});
  });
  return form;
}

/** The overview's form: the scope, the policy and the period. */
export function overviewForm(filters: SlaFilters, orgUnits: string[], apply: (f: SlaFilters) => void): HTMLFormElement {
  const scope = scopeFields('f', filters, orgUnits);
  const policyVersion = codeSelect('f-policyVersion', POLICY_VERSIONS, filters.policyVersion, (v) => t(`policy.${v as 'seed'}`));
  const from = h('input', { id: 'f-from', name: 'from', type: 'date', value: filters.from ?? '' });
  const to = h('input', { id: 'f-to', name: 'to', type: 'date', value: filters.to ?? '' });
  return filterForm(
    [...scope.fields, field('f-policyVersion', t('common.policyVersion'), policyVersion), field('f-from', t('common.from'), from), field('f-to', t('common.to'), to)],
    (): SlaFilters => ({ ...scope.read(), policyVersion: policyVersion.value || undefined, from: from.value || undefined, to: to.value || undefined }),
    apply,
  );
}
