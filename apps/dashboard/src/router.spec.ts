import { describe, expect, it } from '@jest/globals';
import { href, parseRoute } from './router.js';

describe('dashboard routes', () => {
  it('reads each page from its path, ids decoded', () => {
    expect(parseRoute('/dashboard/', '').page).toBe('overview');
    expect(parseRoute('/dashboard', '?asOf=x').page).toBe('overview');
    expect(parseRoute('/dashboard/alerts', '').page).toBe('alerts');
    expect(parseRoute('/dashboard/projects/prj%2F1', '')).toMatchObject({ page: 'project', projectId: 'prj/1' });
    expect(parseRoute('/dashboard/accounts/acct-prj-1', '')).toMatchObject({ page: 'account', accountId: 'acct-prj-1' });
    expect(parseRoute('/dashboard/cases', '').page).toBe('cases');
    expect(parseRoute('/dashboard/complaints/cmp-1', '')).toMatchObject({ page: 'complaint', complaintId: 'cmp-1' });
    expect(parseRoute('/dashboard/claims/clm-1', '')).toMatchObject({ page: 'claim', claimId: 'clm-1' });
    expect(parseRoute('/dashboard/customers/c-1', '')).toMatchObject({ page: 'dossier', customerId: 'c-1' });
    expect(parseRoute('/dashboard/customers', '')).toMatchObject({ page: 'dossier', customerId: null });
    expect(parseRoute('/dashboard/nowhere/at/all', '').page).toBe('notFound');
  });

  it('writes links that parse back to the same page, empty parameters left out', () => {
    const link = href('clocks', null, { clock: 'schemeReply', status: 'overdue', orgUnit: '' });
    expect(link).toBe('/dashboard/clocks?clock=schemeReply&status=overdue');
    expect(href('projects', 'prj/1')).toBe('/dashboard/projects/prj%2F1');
    expect(href('')).toBe('/dashboard/');
  });
});
