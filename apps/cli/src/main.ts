import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module.js';

await CommandFactory.run(CliModule, { logger: ['error'], errorHandler: (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
} });
