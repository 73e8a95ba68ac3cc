import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import type { Identity } from '#connection-projects';
import { PUBLIC_KEY, ROLES_KEY, type Role } from './roles.decorator.js';
import { identityFromClaims } from './token-claims.js';
import { VerifiedTokens } from './verified-tokens.js';

export type AuthenticatedRequest = FastifyRequest & { identity?: Identity };

/** 401 for a missing, bad or expired token; then 403 when none of the caller's roles may call the route. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const identity = await this.authenticate(request.headers.authorization);
    request.identity = identity;
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    // A role the route lists wins over admin, so that a clerk who is also admin is recorded as acting as clerk.
    const actingRole = identity.roles.find((role) => allowed.includes(role as Role)) ?? identity.roles.find((role) => role === 'admin');
    if (!actingRole) throw new ForbiddenException(`Role ${identity.roles.join(', ')} may not call this route`);
    request.identity = { ...identity, actingRole };
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Identity> {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A Bearer token is required');
    const known = this.verified.identityOf(token);
    if (known) return known;
    let claims: Record<string, unknown>;
    try {
      claims = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('The token is invalid or expired');
    }
    const identity = identityFromClaims(claims);
    if (!identity) throw new UnauthorizedException('The token lacks the claims sub, name, roles, orgUnit, orgLevel, exp');
    this.verified.remember(token, identity, claims as { exp: number; nbf?: unknown });
    return identity;
  }
}
