import { selectProjections } from './projection-names.js';

describe('selectProjections', () => {
  const known = ['project-view', 'customer-dossier', 'audit-trail'];

  it('selects every projection by default and for "all"', () => {
    expect(selectProjections(undefined, known)).toEqual(known);
    expect(selectProjections([], known)).toEqual(known);
    expect(selectProjections(['audit-trail', 'all'], known)).toEqual(known);
  });

  it('keeps the named ones, in the order the runner knows them', () => {
    expect(selectProjections(['audit-trail', 'project-view'], known)).toEqual(['project-view', 'audit-trail']);
  });

  it('refuses an unknown name, listing the known ones', () => {
    expect(() => selectProjections(['project-view', 'nope'], known)).toThrow(
      'unknown projection nope (known: project-view, customer-dossier, audit-trail, or all)',
    );
  });
});
