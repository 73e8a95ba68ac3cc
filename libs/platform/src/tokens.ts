import { JwtService } from '@nestjs/jwt';

/** The claims API.md defines for a Bearer token. */
export interface TokenClaims {
  sub: string;
  name: string;
  roles: string[];
  orgUnit: string;
  orgLevel: 'station' | 'branch' | 'city';
  customerId?: string;
}

/** Signs an HS256 token, as the API verifies it; used by the `token` CLI command and by tests. */
export function mintToken(secret: string, claims: TokenClaims, expiresIn: string | number = '8h'): string {
  return new JwtService({ secret }).sign({ ...claims }, { algorithm: 'HS256', expiresIn: expiresIn as never });
}
