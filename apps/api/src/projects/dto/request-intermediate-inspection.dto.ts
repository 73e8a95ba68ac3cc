import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText, Omittable } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/intermediate-inspection-requests` (clerk, customer): 中间检查申请, SPEC §3.13. */
export class RequestIntermediateInspectionDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '隐蔽工程', description: 'The stage of the works to inspect' })
  @FreeText()
  stage: string;

  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '赵工 13900001111', description: 'Who to contact on site' })
  @Omittable()
  @FreeText()
  contact?: string;
}
