import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_CLASSES } from '#connection-projects/domain';

const LIMIT_SCHEMA = {
  type: 'object',
  description: 'A time limit in its units; with several units the earliest deadline wins',
  properties: {
    workingDays: { type: 'integer' },
    calendarDays: { type: 'integer' },
    calendarMonths: { type: 'integer' },
    hours: { type: 'integer' },
  },
} as const;

/** An event of the project's stream, optionally only with these values in its data. */
export class EventMatchDto {
  @ApiProperty({ description: 'Event type', example: 'AcceptanceRecorded' })
  event: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Values the event\'s data must have', example: { result: 'passed' } })
  where?: Record<string, string | number | boolean>;
}

export class ClockStartsDto {
  @ApiProperty({
    enum: ['on', 'each', 'laterOf'],
    description: '`on`: every matching event starts the clock; `each`: every matching event starts a round of its own; `laterOf`: the later of the two events',
  })
  rule: 'on' | 'each' | 'laterOf';

  @ApiProperty({ type: [EventMatchDto], description: 'The starting event (two for laterOf)' })
  events: EventMatchDto[];
}

export class ClockStopsDto {
  @ApiProperty({ enum: ['next', 'its'], description: '`next`: the next matching event stops every open instance; `its`: a matching event stops the round it names' })
  rule: 'next' | 'its';

  @ApiProperty({ type: EventMatchDto, description: 'The stopping event' })
  event: EventMatchDto;
}

export class ClockPauseDto {
  @ApiProperty({ type: EventMatchDto, description: 'Opens a wait on the customer' })
  starts: EventMatchDto;

  @ApiProperty({ type: EventMatchDto, description: 'Ends it' })
  ends: EventMatchDto;
}

export class ClockRowDto {
  @ApiProperty({ description: 'Clock name; a name means the same stage under every policy', example: 'schemeReply' })
  name: string;

  @ApiProperty({ enum: CUSTOMER_CLASSES, isArray: true, description: 'The customer classes it runs for' })
  classes: string[];

  @ApiProperty({ type: ClockStartsDto })
  starts: ClockStartsDto;

  @ApiProperty({ type: ClockStopsDto })
  stops: ClockStopsDto;

  @ApiProperty({
    type: 'object',
    description: 'The limit per customer class',
    additionalProperties: LIMIT_SCHEMA,
    example: { highVoltageSingle: { workingDays: 15 }, highVoltageDual: { workingDays: 30 } },
  })
  limit: Record<string, Record<string, number>>;

  @ApiPropertyOptional({ type: ClockPauseDto, description: 'The waits on the customer that pause it (SPEC §5.1)' })
  pausedBy?: ClockPauseDto;
}

export class PolicyAssessmentDto {
  @ApiProperty({ type: [String], description: 'Clocks left out of the judgement at archiving', example: ['postConnectionCheck'] })
  exempt: string[];
}

export class PolicyDto {
  @ApiProperty({ example: 'sgcc-assessment' })
  version: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: [ClockRowDto], description: 'The clock table, in its order' })
  clocks: ClockRowDto[];

  @ApiPropertyOptional({ type: PolicyAssessmentDto, description: 'Projects are judged when archived (业扩时限达标, SPEC §6)' })
  assessment?: PolicyAssessmentDto;
}

export class PolicyScheduleEntryDto {
  @ApiProperty({ example: 'sgcc-assessment' })
  version: string;

  @ApiProperty({ format: 'date', example: '2026-07-01', description: 'From this day (Asia/Shanghai) new applications get this version' })
  effectiveFrom: string;
}

export class PoliciesDto {
  @ApiProperty({ type: [PolicyScheduleEntryDto], description: 'The schedule in force (POLICY_SCHEDULE)' })
  schedule: PolicyScheduleEntryDto[];

  @ApiProperty({ type: [PolicyDto], description: 'Every shipped policy' })
  policies: PolicyDto[];
}
