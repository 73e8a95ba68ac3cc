import { Command, CommandRunner, Option } from 'nest-commander';
import { loadConfig, mintToken, type TokenClaims } from '#platform';

interface TokenOptions {
  role: string[];
  sub?: string;
  name?: string;
  orgUnit: string;
  orgLevel: TokenClaims['orgLevel'];
  customerId?: string;
  expiresIn: string;
}

/** Mints a Bearer token with the secret the server uses (AUTH_JWT_SECRET, or the one generated in DATA_DIR). */
@Command({ name: 'token', description: 'Mint a Bearer token for a role (prints the token only)' })
export class TokenCommand extends CommandRunner {
  async run(_: string[], options: TokenOptions): Promise<void> {
    if (!options.role?.length) throw new Error('--role is required (e.g. --role surveyor)');
    if (options.role.includes('customer') && !options.customerId) throw new Error('a customer token needs --customer-id');
    const { jwtSecret } = loadConfig();
    const sub = options.sub ?? `${options.role[0]}-1`;
    const claims: TokenClaims = {
      sub,
      name: options.name ?? sub,
      roles: options.role,
      orgUnit: options.orgUnit,
      orgLevel: options.orgLevel,
      ...(options.customerId ? { customerId: options.customerId } : {}),
    };
    process.stdout.write(`${mintToken(jwtSecret, claims, options.expiresIn)}\n`);
  }

  @Option({ flags: '--role <role>', description: 'role (repeat or comma-separate for several)', required: true })
  parseRole(value: string, previous: string[] = []): string[] {
    return [...previous, ...value.split(',').map((r) => r.trim()).filter(Boolean)];
  }

  @Option({ flags: '--sub <id>', description: 'actor id (default <role>-1)' })
  parseSub(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'display name recorded on events' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--org-unit <unit>', description: 'org unit', defaultValue: 'city-company' })
  parseOrgUnit(value: string): string {
    return value;
  }

  @Option({ flags: '--org-level <level>', description: 'station | branch | city', defaultValue: 'city' })
  parseOrgLevel(value: string): string {
    if (!['station', 'branch', 'city'].includes(value)) throw new Error('--org-level must be station, branch or city');
    return value;
  }

  @Option({ flags: '--customer-id <id>', description: 'for the customer role: the customer it may act for' })
  parseCustomerId(value: string): string {
    return value;
  }

  @Option({ flags: '--expires-in <span>', description: 'lifetime, e.g. 8h, 30d', defaultValue: '8h' })
  parseExpiresIn(value: string): string {
    return value;
  }
}
