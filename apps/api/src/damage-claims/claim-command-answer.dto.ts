import { ApiProperty } from '@nestjs/swagger';

export class ClaimCommandAnswerDto {
  @ApiProperty({ example: 'clm-2025-hz-0001' })
  claimId: string;

  @ApiProperty({ description: "The claim's stream version after the command (also the ETag)", example: 3 })
  version: number;

  @ApiProperty({ description: 'Global log position to pass as ?minPosition= for read-your-writes', example: 1042 })
  position: number;

  @ApiProperty({ type: [String], example: ['DamageClaimSettled'] })
  events: string[];
}
