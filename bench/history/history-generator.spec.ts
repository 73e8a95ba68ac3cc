import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openSqliteEventStore, type SqliteEventStore } from '#event-sourcing';
import { Random } from '../workload/random.js';
import { generateHistory, type GenerationResult } from './history-generator.js';
import { planProject, type ProjectPlan } from './project-plan.js';

describe('the generated history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'history-'));
  let store: SqliteEventStore;
  let plans: ProjectPlan[];
  let result: GenerationResult;
  beforeAll(async () => {
    store = await openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    const random = new Random(11);
    plans = Array.from({ length: 120 }, (_, i) => planProject(i, 120, random, 'g'));
    result = await generateHistory(store, plans, { concurrency: 8 });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is accepted throughout: every project, and an account for each energized one', () => {
    const energized = plans.filter((p) => p.account);
    expect(result).toMatchObject({ projects: 120, accounts: energized.length, refused: 0 });
    expect(result.firstRefusal).toBeUndefined();
  });

  it('opens acct-<projectId> as the supply-accounts process manager does: its actor, the energization as cause and time', async () => {
    const plan = plans.find((p) => p.account && p.account.services.length > 0)!;
    const [energization] = (await store.readStream(`project-${plan.projectId}`)).filter((e) => e.type === 'MeterInstalledAndEnergized');
    const account = await store.readStream(`account-acct-${plan.projectId}`);
    expect(account.map((e) => e.type)[0]).toBe('SupplyAccountOpened');
    expect(account).toHaveLength(1 + plan.account!.services.length);
    expect(account[0]!.metadata).toMatchObject({
      actor: { id: 'system:supply-accounts', role: 'system' },
      causationId: energization!.eventId,
      occurredAt: energization!.metadata.occurredAt,
    });
    expect(account[0]!.data).toMatchObject({ projectId: plan.projectId, customerId: plan.customerId, orgUnit: plan.orgUnit, openedAt: energization!.metadata.occurredAt });
  });

  it('counts every event appended, the accounts\' with the projects\'', async () => {
    expect(await store.headPosition()).toBe(result.events);
    const accountEvents = plans.reduce((n, p) => n + (p.account ? 1 + p.account.services.length : 0), 0);
    const projectEvents = plans.reduce((n, p) => n + p.steps.length, 0);
    expect(result.events).toBe(projectEvents + accountEvents);
  });
});
