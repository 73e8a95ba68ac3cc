import type { Identity } from '#connection-projects';
import { VERIFIED_TOKENS_KEPT, VerifiedTokens } from './verified-tokens.js';

const clerk: Identity = { id: 'u-1', name: '王芳', roles: ['clerk'], orgUnit: 'HZ', orgLevel: 'city' };
const at = (seconds: number) => seconds * 1000;

describe('VerifiedTokens', () => {
  it('knows a remembered token inside its time window, and nothing else', () => {
    let now = at(1_000);
    const tokens = new VerifiedTokens(() => now);
    tokens.remember('t-1', clerk, { exp: 2_000, nbf: 1_000 });

    expect(tokens.identityOf('t-1')).toBe(clerk);
    expect(tokens.identityOf('t-1x')).toBeNull();
    now = at(999);
    expect(tokens.identityOf('t-1')).toBeNull();
  });

  it('forgets a token at its expiry, to the millisecond', () => {
    let now = at(1_999) + 999;
    const tokens = new VerifiedTokens(() => now);
    tokens.remember('t-1', clerk, { exp: 2_000 });
    expect(tokens.identityOf('t-1')).toBe(clerk);
    now = at(2_000);
    expect(tokens.identityOf('t-1')).toBeNull();
    now = at(1_500);
    expect(tokens.identityOf('t-1')).toBeNull();
  });

  it(`keeps at most ${VERIFIED_TOKENS_KEPT} tokens, the oldest going first`, () => {
    const tokens = new VerifiedTokens(() => at(1_000));
    for (let i = 0; i <= VERIFIED_TOKENS_KEPT; i++) tokens.remember(`t-${i}`, clerk, { exp: 2_000 });
    expect(tokens.identityOf('t-0')).toBeNull();
    expect(tokens.identityOf('t-1')).toBe(clerk);
    expect(tokens.identityOf(`t-${VERIFIED_TOKENS_KEPT}`)).toBe(clerk);
  });
});
