import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeTextList, MAX_LIST_ITEMS, OmittableUnlessNonEmptyWhen } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { DESIGN_REVIEW_RESULTS, type DesignReviewResult } from './enums.js';

/** `POST /api/projects/:id/design-reviews` (designReviewer): 审查意见, SPEC §3.4. */
export class ReviewDesignDto extends CommandBodyDto {
  @ApiProperty({ enum: DESIGN_REVIEW_RESULTS, enumName: 'DesignReviewResult', example: 'approved', description: 'Review result' })
  @IsIn(DESIGN_REVIEW_RESULTS)
  result: DesignReviewResult;

  // API.md lists `opinions` without `?`; an approval that leaves it out is still accepted and read as no opinions
  // (the default below, applied by plainToInstance, so the domain always gets a list), while a rejection must give
  // all its written opinions at once (一次性书面意见).
  @ApiPropertyOptional({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    maxItems: MAX_LIST_ITEMS,
    example: ['保安负荷未单独设置回路，请补充自备应急电源接线'],
    default: [],
    description: 'Written opinions; non-empty when result is rejected',
  })
  @OmittableUnlessNonEmptyWhen((body) => body.result === 'rejected', 'result is rejected')
  @FreeTextList()
  opinions: string[] = [];
}
