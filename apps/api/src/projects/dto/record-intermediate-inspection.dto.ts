import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeTextList, MAX_LIST_ITEMS, OmittableUnlessNonEmptyWhen } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { COPY_RECIPIENTS, type CopyRecipient, INSPECTION_RESULTS, type InspectionResult } from './enums.js';

/** `POST /api/projects/:id/intermediate-inspections` (inspector): 中间检查, SPEC §3.6. */
export class RecordIntermediateInspectionDto extends CommandBodyDto {
  @ApiProperty({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    minItems: 1,
    maxItems: MAX_LIST_ITEMS,
    example: ['隐蔽工程', '变压器容量', '继电保护', '防雷接地'],
    description: 'Items checked (non-empty)',
  })
  @ArrayNotEmpty()
  @FreeTextList()
  items: string[];

  @ApiProperty({ enum: INSPECTION_RESULTS, enumName: 'InspectionResult', example: 'passed', description: 'Inspection result' })
  @IsIn(INSPECTION_RESULTS)
  result: InspectionResult;

  @ApiPropertyOptional({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    maxItems: MAX_LIST_ITEMS,
    example: ['接地电阻 6Ω，超过 4Ω 要求'],
    description: 'Defects; required and non-empty when result is rectificationRequired',
  })
  @OmittableUnlessNonEmptyWhen((body) => body.result === 'rectificationRequired', 'result is rectificationRequired')
  @FreeTextList()
  defects?: string[];

  @ApiProperty({
    enum: COPY_RECIPIENTS,
    enumName: 'CopyRecipient',
    isArray: true,
    minItems: 1,
    uniqueItems: true,
    example: ['customer', 'contractor', 'utility'],
    description: 'Recipients of the record copies (non-empty, no repeats)',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(COPY_RECIPIENTS.length)
  @ArrayUnique()
  @IsIn(COPY_RECIPIENTS, { each: true })
  copiesTo: CopyRecipient[];
}
