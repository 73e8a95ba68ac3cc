import { Logger } from '@nestjs/common';
import { applyHeapGrowth, ConfigError, loadConfig, type AppConfig } from '#platform';
import { createApp } from './create-app.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  // A bad environment is an operator's mistake: say what is wrong, without a stack trace, and stop.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
applyHeapGrowth(config.heapGrowthPercent);
const app = await createApp(config).catch((error: Error) => {
  // E.g. a DATA_DIR that cannot be written or a store that cannot be reached: one clear line, not a stack trace.
  process.stderr.write(`Cannot start the API: ${error.message}\n`);
  process.exit(1);
});
await app.listen(config.port, '0.0.0.0');
const logger = new Logger('Main');
logger.log(`Serving the API on http://localhost:${config.port}/api (docs at /docs); ${config.usesDataDir ? `data in ${config.dataDir}` : 'stores on EventStoreDB and MongoDB'}`);
if (config.jwtSecretGenerated) {
  logger.log(`AUTH_JWT_SECRET not set: using the secret generated in ${config.dataDir}. Mint a token with:`);
  logger.log(`  npm run token -- --role clerk --name "王芳" --org-unit 杭州供电公司 --org-level city`);
}
