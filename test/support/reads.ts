import type { Response } from 'supertest';
import { RESIDENTIAL_APPLICATION_EXAMPLE } from '../../apps/api/src/projects/dto/examples.js';
import type { ApiHarness, TokenOptions } from './api-harness.js';
import { COMMAND_EXAMPLES, type CommandName, type Journey, type RoleName } from './journey.js';

/** A query string from the parameters given (undefined ones left out), values URI-encoded: `+08:00` must survive. */
export const qs = (params: Record<string, string | number | boolean | undefined>): string => {
  const pairs = Object.entries(params).filter(([, v]) => v !== undefined);
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : '';
};

/** GETs the read routes the way an integrator does: with a role's token, or with none (`null`). */
export class Reads {
  constructor(readonly api: ApiHarness) {}

  get(path: string, role: RoleName | null = 'auditor', options: TokenOptions = {}) {
    const req = this.api.http().get(path);
    return role === null ? req : req.set('Authorization', `Bearer ${this.api.token(role, options)}`);
  }

  /** 200 and its body, or an error that shows what the server said instead. */
  async ok<T = Record<string, any>>(path: string, role: RoleName = 'auditor', options: TokenOptions = {}): Promise<T> {
    const res = await this.get(path, role, options);
    if (res.status !== 200) throw new Error(`GET ${path} as ${role}: ${res.status} ${res.text}`);
    return res.body as T;
  }

  /**
   * Every page of a `{ items, nextCursor }` route, following `nextCursor` from the first page to the last (at most
   * `maxPages`, so that a cursor that never ends fails the test instead of hanging it).
   */
  async pages<T>(path: string, role: RoleName = 'auditor', maxPages = 100): Promise<T[][]> {
    const pages: T[][] = [];
    const join = path.includes('?') ? '&' : '?';
    let cursor: string | null = null;
    do {
      const body: { items: T[]; nextCursor: string | null } = await this.ok(
        cursor === null ? path : `${path}${join}cursor=${encodeURIComponent(cursor)}`,
        role,
      );
      pages.push(body.items);
      cursor = body.nextCursor;
    } while (cursor !== null && pages.length < maxPages);
    if (cursor !== null) throw new Error(`${path}: still a nextCursor after ${maxPages} pages`);
    return pages;
  }
}

export interface Application {
  projectId: string;
  customerId?: string;
  orgUnit?: string;
  occurredAt?: string;
}

/** A residential (低压居民) application body: an individual, 8 kW (RESIDENTIAL_APPLICATION_EXAMPLE). */
export const residentialApplication = ({ projectId, customerId, orgUnit, occurredAt }: Application) => {
  const body = structuredClone(RESIDENTIAL_APPLICATION_EXAMPLE) as Record<string, any>;
  return {
    ...body,
    projectId,
    customer: { ...body.customer, ...(customerId ? { id: customerId } : {}) },
    ...(orgUnit ? { orgUnit } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
};

/** The journey's industrial application turned into another class: low voltage in kW, high voltage single in kVA. */
export const industrialApplication = (
  customerClass: 'lowVoltage' | 'highVoltageSingle' | 'highVoltageDual',
  { projectId, customerId, orgUnit, occurredAt }: Application,
) => {
  const body = structuredClone(COMMAND_EXAMPLES.acceptApplication) as Record<string, any>;
  return {
    ...body,
    projectId,
    customerClass,
    requestedCapacity: customerClass === 'lowVoltage' ? { value: 80, unit: 'kW' } : body.requestedCapacity,
    customer: { ...body.customer, ...(customerId ? { id: customerId } : {}) },
    ...(orgUnit ? { orgUnit } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
};

/** A single-source scheme reply for a low-voltage project (kW), as of `occurredAt`. */
export const lowVoltageScheme = (kW: number, supplyVoltage: '220V' | '380V', occurredAt?: string) => ({
  approvedCapacity: { value: kW, unit: 'kW' },
  supplyVoltage,
  supplyMode: 'single',
  meteringMethod: '低供低计',
  ...(occurredAt ? { occurredAt } : {}),
});

/** The example body of `name` with a business time. */
export const dated = (name: CommandName, occurredAt: string, overrides: Record<string, unknown> = {}) => ({
  ...(structuredClone(COMMAND_EXAMPLES[name]) as Record<string, unknown>),
  ...overrides,
  occurredAt,
});

/** Sends one command with `body` and insists on 201; returns the answer (its `position` serves `?minPosition=`). */
export const record = (journey: Journey, name: CommandName, projectId: string, body: Record<string, unknown>): Promise<Response> =>
  journey.step(name, projectId, { body });

/** The highest `position` among command answers: waiting for it waits for all of them. */
export const lastPosition = (answers: Response[]): number => Math.max(...answers.map((a) => a.body.position as number));
