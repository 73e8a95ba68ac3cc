import type { SlaAlert } from './api-types.js';

export const ALERT_COLUMNS = ['projectId', 'customerId', 'clock', 'status', 'deadline', 'days', 'orgUnit'] as const;
export type AlertColumn = (typeof ALERT_COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

/** Working days left as a positive number, days over as a negative one: one scale from "most late" to "most time left". */
export const slack = (alert: SlaAlert): number => (alert.status === 'overdue' ? -(alert.workingDaysOver ?? 0) : (alert.workingDaysLeft ?? 0));

const value = (alert: SlaAlert, column: AlertColumn): string | number =>
  column === 'days' ? slack(alert) : column === 'clock' ? `${alert.clock}#${String(alert.round ?? 0).padStart(3, '0')}` : alert[column];

/** A sorted copy; ties keep the API's order (earliest deadline first), so sorting is stable and predictable. */
export function sortAlerts(alerts: readonly SlaAlert[], column: AlertColumn, direction: Direction): SlaAlert[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return alerts
    .map((alert, index) => ({ alert, index }))
    .sort((a, b) => {
      const x = value(a.alert, column);
      const y = value(b.alert, column);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ alert }) => alert);
}

/** What the live refresh watches: it changes whenever a projection has written something new. */
export const positionsSignature = (projections: { name: string; position: number }[]): string =>
  projections.map((p) => `${p.name}:${p.position}`).sort().join('|');
