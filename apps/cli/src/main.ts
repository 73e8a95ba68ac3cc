import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module.js';

await CommandFactory.run(CliModule, {
  logger: ['error'],
  // Commander has already printed its message (or the help, exit code 0): only the exit code is left to set.
  errorHandler: (error) => process.exit((error as Error & { exitCode?: number }).exitCode ?? 1),
  // A command failed: say why and exit 1, after Nest closed the application (and the command its stores).
  serviceErrorHandler: (error) => {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  },
});
