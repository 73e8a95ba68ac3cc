import { ApiProperty } from '@nestjs/swagger';

export class ComplaintCommandAnswerDto {
  @ApiProperty({ example: 'cmp-2025-hz-0001' })
  complaintId: string;

  @ApiProperty({ description: "The complaint's stream version after the command (also the ETag)", example: 2 })
  version: number;

  @ApiProperty({ description: 'Global log position to pass as ?minPosition= for read-your-writes', example: 1042 })
  position: number;

  @ApiProperty({ type: [String], example: ['ComplainantContacted'] })
  events: string[];
}
