import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/site-survey` (surveyor): 现场勘察, SPEC §3.2. */
export class RecordSiteSurveyDto extends CommandBodyDto {
  @ApiProperty({
    ...FREE_TEXT_SCHEMA,
    example: '厂区位于振华路北侧，附近有 10kV 三墩线及城西线两回线路，线路状况良好',
    description: 'Site location, supply area, existing line condition, equipment and capacity check',
  })
  @FreeText()
  findings: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '建议 10kV 双电源供电', description: 'Preliminary scheme proposal' })
  @FreeText()
  proposedScheme: string;
}
