import { Command, CommandRunner } from 'nest-commander';
import { LAG_CAP, SUPPLY_ACCOUNTS } from '#connection-projects';
import { readReactorProgress } from '#event-sourcing';
import { PROJECTIONS } from '#connection-projects/projections';
import { loadConfig } from '#platform';
import type { ProjectionState } from '#read-store';
import { managerRow, projectionRow } from './projection-row.js';
import { openStores } from './stores-session.js';
import { textTable } from './text-table.js';

/**
 * Where every read model stands: live generation, checkpoint, lag behind the log, any unfinished rebuild; and the
 * supply-accounts process manager, which reads the same log (never rebuilt: it has no generation).
 */
@Command({ name: 'projections', description: "Show each projection's live generation, checkpoint and lag" })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    const stores = await openStores(loadConfig(process.env, { tokens: false }));
    try {
      const head = await stores.eventStore.headPosition();
      const states = await Promise.all(PROJECTIONS.map((projection) => stores.readStore.projectionState(projection.name)));
      const manager = await readReactorProgress(stores.readStore, SUPPLY_ACCOUNTS);
      // Lag in events, counted (once per distinct checkpoint): positions are not event numbers.
      const lags = new Map<number, string>();
      for (const checkpoint of new Set([...states.map(liveCheckpoint), manager.position])) {
        const { count, capped } = await stores.eventStore.countAfter(checkpoint, LAG_CAP);
        lags.set(checkpoint, `${count}${capped ? '+' : ''}`);
      }
      const rows = [['projection', 'live generation', 'checkpoint', 'lag (events)', 'building']];
      PROJECTIONS.forEach((projection, i) => rows.push(projectionRow(projection, states[i], (checkpoint) => lags.get(checkpoint)!)));
      rows.push(managerRow(SUPPLY_ACCOUNTS, manager.position, lags.get(manager.position)!));
      process.stdout.write(`${textTable(rows)}\nlog head position: ${head}\n`);
    } finally {
      await stores.close();
    }
  }
}

const liveCheckpoint = (state: ProjectionState | null): number =>
  state?.generations.find((g) => g.generation === state.liveGeneration)?.checkpoint ?? 0;
