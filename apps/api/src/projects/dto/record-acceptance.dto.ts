import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeTextList, MAX_LIST_ITEMS, OmittableUnlessNonEmptyWhen } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { ACCEPTANCE_RESULTS, type AcceptanceResult } from './enums.js';

/** `POST /api/projects/:id/acceptances` (inspector): 竣工验收, SPEC §3.8. */
export class RecordAcceptanceDto extends CommandBodyDto {
  @ApiProperty({ enum: ACCEPTANCE_RESULTS, enumName: 'AcceptanceResult', example: 'passed', description: 'Acceptance result' })
  @IsIn(ACCEPTANCE_RESULTS)
  result: AcceptanceResult;

  // A failure is a rectification notice (整改通知单): it must say what to rectify.
  @ApiPropertyOptional({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    maxItems: MAX_LIST_ITEMS,
    example: ['电缆沟未封堵', '缺少安全工器具试验报告'],
    description: 'Defects; required and non-empty when result is failed',
  })
  @OmittableUnlessNonEmptyWhen((body) => body.result === 'failed', 'result is failed')
  @FreeTextList()
  defects?: string[];
}
