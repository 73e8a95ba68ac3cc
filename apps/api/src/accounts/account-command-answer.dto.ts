import { ApiProperty } from '@nestjs/swagger';

export class AccountCommandAnswerDto {
  @ApiProperty({ example: 'acct-7c0e6f2a-0b7e-4a8e-9c55-3d1f0f3a9b21' })
  accountId: string;

  @ApiProperty({ description: "The account's stream version after the command (also the ETag)", example: 3 })
  version: number;

  @ApiProperty({ description: 'Global log position to pass as ?minPosition= for read-your-writes', example: 1042 })
  position: number;

  @ApiProperty({ type: [String], example: ['SuspensionGranted'] })
  events: string[];
}
