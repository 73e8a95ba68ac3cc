import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import type { Identity } from '#connection-projects';
import { PUBLIC_KEY, ROLES_KEY, type Role } from './roles.decorator.js';
import { identityFromClaims } from './token-claims.js';
import { VerifiedTokens } from './verified-tokens.js';

export type AuthenticatedRequest = FastifyRequest & { identity?: Identity };

/** What a route declares about its callers, read once per route handler. */
interface RouteAccess {
  public: boolean;
  roles: readonly Role[];
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

/**
 * 401 for a missing, bad or expired token; then 403 when none of the caller's roles may call the route. A token
 * already verified (the usual case: clients send the same one until it expires) is decided without a promise.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();
  private readonly access = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const access = this.accessOf(context);
    if (access.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A Bearer token is required');
    const known = this.verified.identityOf(token);
    if (known) return this.admit(request, known, access);
    return this.verify(token).then((identity) => this.admit(request, identity, access));
  }

  /** By controller class, then handler: a method a subclass inherits may be declared otherwise on the subclass. */
  private accessOf(context: ExecutionContext): RouteAccess {
    const [handler, controller] = [context.getHandler(), context.getClass()];
    let routes = this.access.get(controller);
    if (!routes) this.access.set(controller, (routes = new WeakMap()));
    let access = routes.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        public: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        roles: this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [],
      };
      routes.set(handler, access);
    }
    return access;
  }

  private admit(request: AuthenticatedRequest, identity: Identity, { roles }: RouteAccess): boolean {
    // A role the route lists wins over admin, so that a clerk who is also admin is recorded as acting as clerk.
    const actingRole = identity.roles.find((role) => roles.includes(role as Role)) ?? identity.roles.find((role) => role === 'admin');
    if (!actingRole) {
      request.identity = identity;
      throw new ForbiddenException(`Role ${identity.roles.join(', ')} may not call this route`);
    }
    request.identity = { ...identity, actingRole };
    return true;
  }

  private async verify(token: string): Promise<Identity> {
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
