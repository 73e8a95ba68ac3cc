import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  COMMAND_EXAMPLES,
  FAILED_ACCEPTANCE_EXAMPLE,
  RECTIFICATION_INSPECTION_EXAMPLE,
  REJECTED_DESIGN_REVIEW_EXAMPLE,
  type CommandName,
} from '../../apps/api/src/projects/dto/examples.js';
import type { ApiHarness, TokenOptions } from './api-harness.js';

export { COMMAND_EXAMPLES, FAILED_ACCEPTANCE_EXAMPLE, RECTIFICATION_INSPECTION_EXAMPLE, REJECTED_DESIGN_REVIEW_EXAMPLE };
export type { CommandName };

/** API.md's roles, restated from the contract on purpose: a role dropped from the implementation must fail a test. */
export const ALL_ROLES = [
  'clerk',
  'surveyor',
  'schemeApprover',
  'designReviewer',
  'inspector',
  'meterTechnician',
  'archivist',
  'auditor',
  'viewer',
  'customer',
  'admin',
] as const;
export type RoleName = (typeof ALL_ROLES)[number];

export interface RouteSpec {
  name: CommandName;
  /** `null` id: the application route, which creates the project. */
  path: (id: string) => string;
  /** Roles API.md lets call the route (admin may call everything on top). */
  roles: RoleName[];
  /** The event type an accepted command appends. */
  event: string;
}

const at = (suffix: string) => (id: string) => `/api/projects/${encodeURIComponent(id)}/${suffix}`;

/** Every command route of API.md, in journey order (revision and cancellation, which branch off, last). */
export const ROUTES: RouteSpec[] = [
  { name: 'acceptApplication', path: () => '/api/projects', roles: ['clerk'], event: 'ApplicationAccepted' },
  { name: 'recordSiteSurvey', path: at('site-survey'), roles: ['surveyor'], event: 'SiteSurveyed' },
  { name: 'replySupplyScheme', path: at('supply-scheme'), roles: ['schemeApprover'], event: 'SupplySchemeReplied' },
  { name: 'submitDesign', path: at('design-submissions'), roles: ['clerk', 'customer'], event: 'DesignSubmitted' },
  { name: 'reviewDesign', path: at('design-reviews'), roles: ['designReviewer'], event: 'DesignReviewed' },
  { name: 'startConstruction', path: at('construction-start'), roles: ['clerk', 'customer'], event: 'ConstructionStarted' },
  {
    name: 'recordIntermediateInspection',
    path: at('intermediate-inspections'),
    roles: ['inspector'],
    event: 'IntermediateInspectionRecorded',
  },
  { name: 'reportCompletion', path: at('completion-reports'), roles: ['clerk', 'customer'], event: 'CompletionReported' },
  { name: 'recordAcceptance', path: at('acceptances'), roles: ['inspector'], event: 'AcceptanceRecorded' },
  { name: 'signSupplyContract', path: at('supply-contract'), roles: ['clerk'], event: 'SupplyContractSigned' },
  { name: 'installMeterAndEnergize', path: at('energization'), roles: ['meterTechnician'], event: 'MeterInstalledAndEnergized' },
  { name: 'archiveProject', path: at('archive'), roles: ['archivist'], event: 'ProjectArchived' },
  { name: 'recordPostConnectionCheck', path: at('post-connection-checks'), roles: ['inspector'], event: 'PostConnectionCheckRecorded' },
  { name: 'reviseSupplyScheme', path: at('supply-scheme/revisions'), roles: ['schemeApprover'], event: 'SupplySchemeRevised' },
  { name: 'cancelProject', path: at('cancellation'), roles: ['clerk'], event: 'ProjectCancelled' },
  {
    name: 'requestIntermediateInspection',
    path: at('intermediate-inspection-requests'),
    roles: ['clerk', 'customer'],
    event: 'IntermediateInspectionRequested',
  },
  { name: 'startCustomerWait', path: at('customer-waits'), roles: ['clerk'], event: 'CustomerWaitStarted' },
  { name: 'endCustomerWait', path: at('customer-waits/end'), roles: ['clerk'], event: 'CustomerWaitEnded' },
];

export const route = (name: CommandName): RouteSpec => ROUTES.find((r) => r.name === name)!;

/** The main line of the high-voltage dual-source journey: the number of commands run is the project's version. */
export const MAIN_LINE: CommandName[] = ROUTES.slice(0, 13).map((r) => r.name);

export interface SendOptions {
  body?: Record<string, unknown>;
  role?: RoleName;
  token?: string | null;
  tokenOptions?: TokenOptions;
  headers?: Record<string, string>;
}

/** Drives projects through the real HTTP API with the example bodies and a token of the route's first role. */
export class Journey {
  constructor(readonly api: ApiHarness) {}

  body(name: CommandName): Record<string, unknown> {
    return structuredClone(COMMAND_EXAMPLES[name]) as Record<string, unknown>;
  }

  send(name: CommandName, projectId: string, options: SendOptions = {}): Promise<Response> {
    const spec = route(name);
    const token =
      options.token === undefined ? this.api.token(options.role ?? spec.roles[0]!, options.tokenOptions) : options.token;
    let req = this.api.http().post(spec.path(projectId)).set('Content-Type', 'application/json');
    if (token !== null) req = req.set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
    const body = options.body ?? this.body(name);
    if (name === 'acceptApplication' && options.body === undefined) body.projectId = projectId;
    return req.send(JSON.stringify(body));
  }

  /** Sends and insists on 201: a journey step that fails says which step and why. */
  async step(name: CommandName, projectId: string, options: SendOptions = {}): Promise<Response> {
    const res = await this.send(name, projectId, options);
    if (res.status !== 201) throw new Error(`${name} on ${projectId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }

  /** A new project, accepted; `customerId` gives it its own customer. */
  async apply(options: { projectId?: string; customerId?: string } = {}): Promise<string> {
    const projectId = options.projectId ?? `prj-${randomUUID()}`;
    const body: Record<string, unknown> = { ...this.body('acceptApplication'), projectId };
    if (options.customerId) body.customer = { ...(body.customer as object), id: options.customerId };
    await this.step('acceptApplication', projectId, { body });
    return projectId;
  }

  /** A new project taken along the main line up to and including `last`. */
  async driveTo(last: CommandName, options: { projectId?: string; customerId?: string } = {}): Promise<string> {
    const projectId = await this.apply(options);
    for (const name of MAIN_LINE.slice(1, MAIN_LINE.indexOf(last) + 1)) await this.step(name, projectId);
    return projectId;
  }

  /**
   * A new project at the point where `name` is the next valid command (for the application: an unused id). Revisions
   * follow the scheme reply; a cancellation and a wait on the customer follow the application; an inspection request
   * follows the construction start; the end of a wait follows its start.
   */
  async readyFor(name: CommandName): Promise<string> {
    if (name === 'acceptApplication') return `prj-${randomUUID()}`;
    if (name === 'reviseSupplyScheme') return this.driveTo('replySupplyScheme');
    if (name === 'cancelProject' || name === 'startCustomerWait') return this.apply();
    if (name === 'requestIntermediateInspection') return this.driveTo('startConstruction');
    if (name === 'endCustomerWait') {
      const projectId = await this.apply();
      await this.step('startCustomerWait', projectId);
      return projectId;
    }
    return this.driveTo(MAIN_LINE[MAIN_LINE.indexOf(name) - 1]!);
  }

  /** A new project cancelled right after its application. */
  async cancelled(): Promise<string> {
    const projectId = await this.apply();
    await this.step('cancelProject', projectId);
    return projectId;
  }

  /** The project's events as an auditor reads them. */
  async events(projectId: string): Promise<EventItem[]> {
    const res = await this.api
      .http()
      .get(`/api/projects/${encodeURIComponent(projectId)}/events?limit=1000`)
      .set('Authorization', `Bearer ${this.api.token('auditor')}`);
    if (res.status === 404) return [];
    if (res.status !== 200) throw new Error(`events of ${projectId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items as EventItem[];
  }

  async eventCount(projectId: string): Promise<number> {
    return (await this.events(projectId)).length;
  }
}

export interface EventItem {
  eventId: string;
  type: string;
  version: number;
  position: number;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string; name: string; role: string; orgUnit: string };
  commandId: string;
  correlationId: string;
  causationId: string | null;
  data: Record<string, unknown>;
  hash: string;
  previousHash: string;
}
