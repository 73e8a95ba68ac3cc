import { DOMAIN_ERROR_KINDS } from '../project.errors.js';
import { ACCOUNT_COMMAND_REFUSALS } from '../account/account.refusals.js';
import { CLAIM_COMMAND_REFUSALS } from '../claim/claim.refusals.js';
import { COMPLAINT_COMMAND_REFUSALS } from '../complaint/complaint.refusals.js';
import { EVERY_COMMAND_REFUSALS, PROJECT_COMMAND_REFUSALS } from '../project.refusals.js';
import { complaintReceived, contactComplainant, given as givenComplaint } from '../complaint/testing/complaint.specification.js';

/** API.md's check order: 409 (conflict) → 403 AUTHORITY_INSUFFICIENT (forbidden) → 422 (rules); business time last. */
const RANK = { conflict: 0, forbidden: 1, rule: 2 } as const;

describe('the refusals each decision declares (the source of the published contract)', () => {
  it.each(Object.entries(PROJECT_COMMAND_REFUSALS))('%s lists its refusals once each, in API.md order', (_type, codes) => {
    const list: readonly (keyof typeof DOMAIN_ERROR_KINDS)[] = codes;
    expect(new Set(list).size).toBe(list.length);
    const ranks = list.map((code) => RANK[DOMAIN_ERROR_KINDS[code] as keyof typeof RANK]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // SPEC §7.1 puts ACCOUNT_INVALID after every other rule of the application, business time included.
    expect(list.filter((code) => code !== 'ACCOUNT_INVALID').at(-1)).toBe('OCCURRED_AT_INVALID');
  });

  it('names ACCOUNT_INVALID for the application only, as its last rule', () => {
    const naming = Object.entries(PROJECT_COMMAND_REFUSALS).filter(([, codes]) => (codes as readonly string[]).includes('ACCOUNT_INVALID'));
    expect(naming.map(([type]) => type)).toEqual(['AcceptApplication']);
    expect(PROJECT_COMMAND_REFUSALS.AcceptApplication.at(-1)).toBe('ACCOUNT_INVALID');
  });

  it('leaves the request-level refusals to the transport', () => {
    for (const codes of Object.values(PROJECT_COMMAND_REFUSALS)) {
      for (const code of EVERY_COMMAND_REFUSALS) expect(codes as readonly string[]).not.toContain(code);
    }
  });

  it.each(Object.entries({ ...COMPLAINT_COMMAND_REFUSALS, ...CLAIM_COMMAND_REFUSALS }))(
    '%s (a complaint or claim) lists its refusals once each: 409, then OCCURRED_AT_INVALID the first 422 (SPEC §9)',
    (_type, codes) => {
      const list: readonly (keyof typeof DOMAIN_ERROR_KINDS)[] = codes;
      expect(new Set(list).size).toBe(list.length);
      const ranks = list.map((code) => RANK[DOMAIN_ERROR_KINDS[code] as keyof typeof RANK]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(list.find((code) => DOMAIN_ERROR_KINDS[code] === 'rule')).toBe('OCCURRED_AT_INVALID');
      for (const code of EVERY_COMMAND_REFUSALS) expect(list as readonly string[]).not.toContain(code);
    },
  );

  it('lists the claim filing’s rules in SPEC §8’s order', () =>
    expect(CLAIM_COMMAND_REFUSALS.FileDamageClaim.slice(2)).toEqual(['ACCOUNT_INVALID', 'CLAIM_NOT_ELIGIBLE', 'CLAIM_TOO_LATE']));

  it('fails a complaint spec whose refusal its command does not declare', () =>
    expect(() => givenComplaint(complaintReceived()).when(contactComplainant()).thenThrows('ACCOUNT_INVALID')).toThrow(/does not declare/));

  it('declares every rule of the deciders (projects, accounts, complaints, claims) for at least one command', () => {
    const declared = new Set<string>(
      [PROJECT_COMMAND_REFUSALS, ACCOUNT_COMMAND_REFUSALS, COMPLAINT_COMMAND_REFUSALS, CLAIM_COMMAND_REFUSALS].flatMap((refusals) => Object.values(refusals).flat()),
    );
    const decisionCodes = Object.keys(DOMAIN_ERROR_KINDS).filter((code) => !(EVERY_COMMAND_REFUSALS as readonly string[]).includes(code));
    expect(decisionCodes.filter((code) => !declared.has(code))).toEqual([]);
  });
});
