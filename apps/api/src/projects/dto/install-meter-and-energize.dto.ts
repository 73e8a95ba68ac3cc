import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeTextList, MAX_LIST_ITEMS } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/energization` (meterTechnician): 装表接电, SPEC §3.10. */
export class InstallMeterAndEnergizeDto extends CommandBodyDto {
  @ApiProperty({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    minItems: 1,
    maxItems: MAX_LIST_ITEMS,
    uniqueItems: true,
    example: ['3300001234567890', '3300001234567891'],
    description: 'Numbers of the meters installed (at least one, no repeats)',
  })
  @ArrayNotEmpty()
  @ArrayUnique()
  @FreeTextList()
  meterNumbers: string[];
}
