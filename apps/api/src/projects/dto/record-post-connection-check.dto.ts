import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/post-connection-checks` (inspector): within 1 month of energization, SPEC §3.12. */
export class RecordPostConnectionCheckDto extends CommandBodyDto {
  @ApiProperty({
    ...FREE_TEXT_SCHEMA,
    example: '计量装置运行正常，互感器变比与合同一致，负荷率约 45%',
    description: 'Metering and usage check findings',
  })
  @FreeText()
  findings: string;
}
