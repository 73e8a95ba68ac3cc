import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { CANCELLATION_REQUESTERS, type CancellationRequester } from './enums.js';

/** `POST /api/projects/:id/cancellation` (clerk): 撤销, SPEC §3.12; terminal. */
export class CancelProjectDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '客户项目停建，申请撤销报装', description: 'Why the project is cancelled' })
  @FreeText()
  reason: string;

  @ApiProperty({
    enum: CANCELLATION_REQUESTERS,
    enumName: 'CancellationRequester',
    example: 'customer',
    description: 'Who asked for the cancellation',
  })
  @IsIn(CANCELLATION_REQUESTERS)
  requestedBy: CancellationRequester;
}
