import { Module } from '@nestjs/common';
import { TokenCommand } from './token.command.js';

@Module({ providers: [TokenCommand] })
export class CliModule {}
