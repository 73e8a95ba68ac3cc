import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/**
 * A log position as a query string spells it: decimal digits only, within the integers a number holds exactly; else
 * null. The DTO and the read-your-writes wait read `minPosition` with this one function, so a value is either waited
 * for or refused (400): never `1e3`, `0x10`, ` 7` or a 20-digit number taken by one and skipped by the other.
 */
export const parsePosition = (raw: unknown): number | null => {
  if (typeof raw !== 'string' || !/^\d{1,16}$/.test(raw)) return null;
  const position = Number(raw);
  return Number.isSafeInteger(position) ? position : null;
};

/** Every query accepts `minPosition` (API.md read-your-writes); query DTOs extend this so it is not an unknown parameter. */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the read models have applied this log position', minimum: 0 })
  @IsOptional()
  // Anything parsePosition refuses stays as given, and IsInt names the field in the 400.
  @Transform(({ value }) => parsePosition(value) ?? value)
  @IsInt()
  @Min(0)
  minPosition?: number;
}
