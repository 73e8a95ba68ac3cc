import { withQuery, type Params } from './api.js';

export const BASE = '/dashboard';

export type Route =
  | { page: 'overview'; query: URLSearchParams }
  | { page: 'alerts'; query: URLSearchParams }
  | { page: 'clocks'; query: URLSearchParams }
  | { page: 'project'; projectId: string; query: URLSearchParams }
  | { page: 'account'; accountId: string; query: URLSearchParams }
  | { page: 'cases'; query: URLSearchParams }
  | { page: 'complaint'; complaintId: string; query: URLSearchParams }
  | { page: 'claim'; claimId: string; query: URLSearchParams }
  | { page: 'dossier'; customerId: string | null; query: URLSearchParams }
  | { page: 'notFound'; query: URLSearchParams };

/** The page for a location under /dashboard (the server answers index.html for every such path). */
export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'overview', query };
  if (parts.length === 1 && parts[0] === 'alerts') return { page: 'alerts', query };
  if (parts.length === 1 && parts[0] === 'clocks') return { page: 'clocks', query };
  if (parts.length === 2 && parts[0] === 'projects') return { page: 'project', projectId: parts[1]!, query };
  if (parts.length === 2 && parts[0] === 'accounts') return { page: 'account', accountId: parts[1]!, query };
  if (parts.length === 1 && parts[0] === 'cases') return { page: 'cases', query };
  if (parts.length === 2 && parts[0] === 'complaints') return { page: 'complaint', complaintId: parts[1]!, query };
  if (parts.length === 2 && parts[0] === 'claims') return { page: 'claim', claimId: parts[1]!, query };
  if (parts[0] === 'customers' && parts.length <= 2) return { page: 'dossier', customerId: parts[1] ?? null, query };
  return { page: 'notFound', query };
}

/** A dashboard URL: `href('projects', id)`, `href('clocks', null, { status: 'overdue' })`. */
export function href(section: '' | 'alerts' | 'clocks' | 'projects' | 'accounts' | 'cases' | 'complaints' | 'claims' | 'customers', id: string | null = null, params: Params = {}): string {
  const path = [BASE, section, id === null ? null : encodeURIComponent(id)].filter((p) => p !== null && p !== '').join('/');
  return withQuery(section === '' ? `${path}/` : path, params);
}
