import { DOMAIN_ERROR_KINDS } from '../../project.errors.js';
import { EVERY_COMMAND_REFUSALS } from '../../project.refusals.js';
import { ACCOUNT_COMMAND_REFUSALS } from '../account.refusals.js';
import { accountOpened, given, requestTemporaryRemoval } from '../testing/account.specification.js';

/** API.md's check order for every stream: 409 → 422, and OCCURRED_AT_INVALID the first 422 (SPEC §7.2). */
const RANK = { conflict: 0, forbidden: 1, rule: 2 } as const;

describe('the refusals each account decision declares (the source of the published contract)', () => {
  it.each(Object.entries(ACCOUNT_COMMAND_REFUSALS))('%s lists its refusals once each, in API.md order', (_type, codes) => {
    const list: readonly (keyof typeof DOMAIN_ERROR_KINDS)[] = codes;
    expect(new Set(list).size).toBe(list.length);
    const ranks = list.map((code) => RANK[DOMAIN_ERROR_KINDS[code] as keyof typeof RANK]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list[0]).toBe('ACCOUNT_CLOSED');
    expect(list.find((code) => DOMAIN_ERROR_KINDS[code] === 'rule')).toBe('OCCURRED_AT_INVALID');
  });

  it('leaves the request-level refusals to the transport', () => {
    for (const codes of Object.values(ACCOUNT_COMMAND_REFUSALS)) {
      for (const code of EVERY_COMMAND_REFUSALS) expect(codes as readonly string[]).not.toContain(code);
    }
  });

  it('fails a spec whose refusal its command does not declare', () =>
    expect(() => given(accountOpened()).when(requestTemporaryRemoval()).thenThrows('NOT_LATE')).toThrow(/does not declare/));
});
