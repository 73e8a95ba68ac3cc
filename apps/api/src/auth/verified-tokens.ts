import type { Identity } from '#connection-projects';

/** Distinct tokens remembered: the callers of an instance (a few hundred staff and integrators) with room to spare. */
export const VERIFIED_TOKENS_KEPT = 2_000;

interface Verified {
  identity: Identity;
  /** Milliseconds since the epoch: `exp` and `nbf` of the token (nbf 0 when absent). */
  expiresAt: number;
  notBefore: number;
}

/**
 * Identities of tokens whose signature and claims were verified, keyed by the whole token text: a client sends the same
 * token with every request until it expires, and checking its HMAC each time was ~5 % of a command. The text includes
 * the signature, so a hit is the very token that was verified; its time window is checked again on every use.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Verified>();

  constructor(private readonly now: () => number = Date.now) {}

  identityOf(token: string): Identity | null {
    const verified = this.tokens.get(token);
    if (!verified) return null;
    const now = this.now();
    if (now >= verified.expiresAt) {
      this.tokens.delete(token);
      return null;
    }
    return now >= verified.notBefore ? verified.identity : null;
  }

  remember(token: string, identity: Identity, claims: { exp: number; nbf?: unknown }): void {
    this.tokens.delete(token);
    this.tokens.set(token, {
      identity,
      expiresAt: claims.exp * 1000,
      notBefore: typeof claims.nbf === 'number' ? claims.nbf * 1000 : 0,
    });
    // First in, first out: a Map iterates in insertion order.
    if (this.tokens.size > VERIFIED_TOKENS_KEPT) this.tokens.delete(this.tokens.keys().next().value!);
  }
}
