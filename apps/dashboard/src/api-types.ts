/** The JSON API's answers as the dashboard reads them (../../shared/API.md); extra fields are ignored. */
/** Every project clock of the shipped policies (a name means the same stage under every policy). */
export const PROJECT_CLOCK_NAMES = ['connection', 'schemeReply', 'designReview', 'intermediateInspection', 'completionInspection', 'energization', 'postConnectionCheck'] as const;
/** The clocks of complaints and claims (SPEC §8), each with the list route whose views carry it. */
export const CASE_CLOCKS = { complaintContact: '/api/complaints', complaintReply: '/api/complaints', damageInvestigation: '/api/damage-claims' } as const;
/** The clocks the overview shows, in its order; the answer holds those with data. */
export const CLOCK_NAMES = [...PROJECT_CLOCK_NAMES, ...(Object.keys(CASE_CLOCKS) as (keyof typeof CASE_CLOCKS)[])] as const;
export type ClockName = (typeof CLOCK_NAMES)[number];
export const CUSTOMER_CLASSES = ['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'] as const;
export const METRICS = ['open', 'paused', 'dueSoon', 'overdue', 'metOnTime', 'metLate'] as const;
export type Metric = (typeof METRICS)[number];
export type ClockStatus = 'running' | 'dueSoon' | 'overdue' | 'paused' | 'metOnTime' | 'metLate';
export const POLICY_VERSIONS = ['seed', 'sgcc-assessment'] as const;

export interface ClockSummary extends Record<Metric, number> {
  onTimeRate: number | null;
  avgWorkingDays: number | null;
  p90WorkingDays: number | null;
}

export interface SlaFigures {
  clocks: Partial<Record<ClockName, ClockSummary>>;
  avgConnectionWorkingDays: number | null;
  /** 业扩时限达标率: present when the scope has sgcc-assessment projects. */
  projectsOnTime?: { archived: number; onTime: number; rate: number | null };
  /** 回访满意率: present when the scope has complaints (rate = satisfied ÷ closed). */
  complaintSatisfaction?: { closed: number; satisfied: number; neutral: number; dissatisfied: number; rate: number | null };
}

export interface SlaDashboard extends SlaFigures {
  asOf: string;
  byOrgUnit: (SlaFigures & { orgUnit: string })[];
}

export interface SlaAlert {
  /** Projects now; accounts, complaints and claims as they come (API.md). */
  subject: string;
  subjectId: string;
  projectId?: string;
  customerId: string;
  clock: ClockName;
  round?: number;
  deadline: string;
  status: 'overdue' | 'dueSoon';
  orgUnit: string;
  customerClass?: string;
  startedAt?: string;
  workingDaysLeft?: number;
  workingDaysOver?: number;
}

export interface ProjectClock {
  name: ClockName;
  round?: number;
  status: ClockStatus;
  startedAt: string;
  deadline: string;
  stoppedAt?: string;
  elapsedWorkingDays: number;
  pausedDays?: number;
  /** The waits on the customer that paused it (an open one has no `to`). */
  pauses?: { from: string; to?: string }[];
  calendarEstimated?: boolean;
}

/** A clock of any subject (a project's, an account's …): the same shape, its name that subject's. */
export type TimedClock = Omit<ProjectClock, 'name'> & { name: string };

export type Capacity = { value: number; unit: string };

/** A supply account (用电户) as `/api/accounts/:id` answers it, status and suspended capacity as of its time. */
export interface AccountView {
  accountId: string;
  customerId: string;
  projectId: string;
  status: string;
  contractCapacity: Capacity;
  suspendedCapacity: Capacity;
  tariffCategory: string;
  supplyAddress: string;
  supplyVoltage?: string;
  orgUnit: string;
  meterNumbers: string[];
  openedAt?: string;
  closedAt?: string;
  splitFrom?: string;
  suspensions: { from: string; until: string; capacity: Capacity; days?: number; restoreOn?: string; endedOn?: string; basicChargeWaived?: boolean }[];
  /** Each service with its own fields besides these (API.md): the page shows those it knows. */
  services: ({ type: string; requestedAt: string; completedAt?: string } & Record<string, unknown>)[];
  charges: (
    | { type: 'latePayment'; assessedAt: string; billMonth: string; amountDue: number; dueDate: string; paidOn: string; daysLate: number; amount: number }
    | { type: 'violation'; assessedAt: string; kind: string; backCharge: number; penalty: number; amount: number }
  )[];
  clocks: TimedClock[];
  version: number;
  position: number;
}

/** A complaint (投诉) as `/api/complaints/:id` answers it, its clocks as of its time. */
export interface ComplaintView {
  complaintId: string;
  customerId: string;
  accountId?: string;
  orgUnit: string;
  channel: string;
  category: string;
  description: string;
  status: string;
  receivedAt: string;
  contact?: { at: string; notes?: string };
  reply?: { at: string; resolution: string };
  closedAt?: string;
  satisfaction?: string;
  clocks: TimedClock[];
  version: number;
  position: number;
}

/** An appliance of a claim: as claimed, as found, and once settled its compensation with how it was reached. */
export interface ClaimAppliance {
  name: string;
  category: string;
  purchasedOn: string;
  invoicePrice: number;
  repairable?: boolean;
  repairCost?: number;
  basis?: string;
  compensation?: number;
  monthsUsed?: number;
  lifeYears?: number;
}

/** An appliance-damage claim (家电损坏理赔) as `/api/damage-claims/:id` answers it. */
export interface ClaimView {
  claimId: string;
  customerId: string;
  accountId: string;
  orgUnit: string;
  status: string;
  damagedOn: string;
  filedAt: string;
  appliances: ClaimAppliance[];
  investigation?: { at: string; findings: string; utilityLiable: boolean };
  settledAt?: string;
  total?: number;
  notes?: string;
  clocks: TimedClock[];
  version: number;
  position: number;
}

export interface ProjectView {
  projectId: string;
  customerId: string;
  customerName?: string;
  customerClass: string;
  orgUnit: string;
  step: string;
  status: string;
  version: number;
  position: number;
  requestedCapacity?: { value: number; unit: string };
  scheme?: { supplyVoltage?: string; supplyMode?: string; approvedCapacity?: { value: number; unit: string }; meteringMethod?: string };
  contract?: { contractNo: string; effectiveDate: string };
  meterNumbers?: string[];
  archiveNo?: string;
  dates?: Record<string, string>;
  clocks: ProjectClock[];
  policyVersion?: string;
  assessment?: { onTime: boolean; judgedAt: string; lateClocks: string[] };
}

export interface ProjectEvent {
  eventId: string;
  type: string;
  version: number;
  position: number;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string; name: string; role: string; orgUnit: string };
  data: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
  nextFromVersion?: number | null;
}

export interface Integrity {
  valid: boolean;
  events: number;
  brokenAt?: number;
}

export interface Health {
  status: string;
  projections: { name: string; position: number; lag: number; lagCapped: boolean }[];
}

/** What an event's summary speaks of, as codes, numbers and names (server: audit-trail/event-facts.ts). */
export type EventFacts = Readonly<Record<string, string | number | boolean | readonly string[] | { value: number; unit: string }>>;

export interface DossierTimelineEntry {
  projectId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  /** One line in Chinese and English, kept for other clients: the page words its own from `type` and `facts`. */
  summary: string;
  facts?: EventFacts;
  /** On entries of other subjects than projects, when the dossier carries them. */
  subject?: string;
  actor: { name: string; role: string };
}

export interface SlaAlertPage {
  asOf: string;
  items: SlaAlert[];
  nextCursor: string | null;
}

export interface CustomerDossier {
  customer: { id: string; name: string; kind: string; idNumber: string; phone: string; address: string };
  projects: {
    projectId: string;
    customerClass: string;
    status: string;
    orgUnit: string;
    appliedAt: string;
    supplyAddress?: string;
    contract?: { contractNo: string };
    meter?: { meterNumbers: string[] };
    archive?: { archiveNo: string };
  }[];
  timeline: DossierTimelineEntry[];
  accounts?: AccountView[];
  complaints?: ComplaintView[];
  claims?: ClaimView[];
}
