import { Module } from '@nestjs/common';
import { ProjectionsCommand } from './projections.command.js';
import { RebuildCommand } from './rebuild.command.js';
import { TokenCommand } from './token.command.js';

@Module({ providers: [TokenCommand, RebuildCommand, ProjectionsCommand] })
export class CliModule {}
