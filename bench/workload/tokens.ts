import { mintToken } from '#platform';

export const BENCH_JWT_SECRET = 'bench-secret-not-for-production-0123456789';

/** A Bearer header per role, city level so that authority (SPEC §2) never refuses a benchmark command. */
export function bearerTokens(secret: string, roles: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    roles.map((role) => [
      role,
      `Bearer ${mintToken(secret, { sub: `bench-${role}`, name: `压测${role}`, roles: [role], orgUnit: 'hz-city', orgLevel: 'city' }, '12h')}`,
    ]),
  );
}
