import { DOMAIN_ERROR_CODES, DomainError, isDomainError } from '../project.errors.js';

describe('DomainError', () => {
  it.each([
    ['NOT_FOUND', 'not_found'],
    ['INVALID_TRANSITION', 'conflict'],
    ['PROJECT_CLOSED', 'conflict'],
    ['AUTHORITY_INSUFFICIENT', 'forbidden'],
    ['VALIDATION_FAILED', 'validation'],
    ['DOCUMENTS_MISSING', 'rule'],
    ['OCCURRED_AT_INVALID', 'rule'],
    ['ACCOUNT_CLOSED', 'conflict'],
    ['ACCOUNT_INVALID', 'rule'],
    ['NOTICE_TOO_SHORT', 'rule'],
    ['NOT_LATE', 'rule'],
    ['ACCOUNT_INVALID', 'rule'],
    ['CLAIM_NOT_ELIGIBLE', 'rule'],
    ['CLAIM_TOO_LATE', 'rule'],
  ] as const)('%s is of kind %s', (code, kind) => expect(new DomainError(code, 'x').kind).toBe(kind));

  it('carries the missing list and is recognisable', () => {
    const error = new DomainError('DOSSIER_INCOMPLETE', 'gaps', { missing: ['contract'] });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.missing).toEqual(['contract']);
    expect(error.message).toBe('gaps');
  });

  it('knows the fourteen codes of the project decider, the thirteen of the account decider and the three of complaints and claims', () =>
    expect(DOMAIN_ERROR_CODES).toHaveLength(14 + 13 + 3));
});
