import { Command, CommandRunner } from 'nest-commander';
import { PROJECTIONS } from '../../../libs/connection-projects/src/projections/index.js';
import { loadConfig } from '../../../libs/platform/src/index.js';
import { projectionRow } from './projection-row.js';
import { openStores } from './stores-session.js';
import { textTable } from './text-table.js';

/** Where every read model stands: live generation, checkpoint, lag behind the log, any unfinished rebuild. */
@Command({ name: 'projections', description: "Show each projection's live generation, checkpoint and lag" })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    const stores = await openStores(loadConfig(process.env, { tokens: false }));
    try {
      const head = await stores.eventStore.headPosition();
      const rows = [['projection', 'live generation', 'checkpoint', 'lag', 'building']];
      for (const projection of PROJECTIONS) rows.push(projectionRow(projection, await stores.readStore.projectionState(projection.name), head));
      process.stdout.write(`${textTable(rows)}\nlog head: ${head}\n`);
    } finally {
      await stores.close();
    }
  }
}
