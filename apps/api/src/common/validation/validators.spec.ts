import { plainToInstance } from 'class-transformer';
import { IsIn, validate } from 'class-validator';
import { IsCalendarDate, IsNotBeforeDateOf, isCalendarDate } from './calendar-date.js';
import { IsDateTimeWithOffset, isDateTimeWithOffset } from './date-time.js';
import { toFieldErrors } from './field-errors.js';
import { FreeText, FreeTextList } from './free-text.js';
import { IsIdNumberForKind } from './id-number.js';
import { IsIdentifier } from './identifier.js';
import { OmittableUnlessNonEmptyWhen } from './non-empty-when.js';
import { Omittable } from './omittable.js';
import { IsPhone, isPhone } from './phone.js';
import { VALIDATOR_OPTIONS } from './validation-options.js';

class Sample {
  @Omittable() @IsIdentifier() id?: string;
  @Omittable() @FreeText() note?: string;
  @Omittable() @IsPhone() phone?: string;
  @Omittable() @IsCalendarDate() start?: string;
  @Omittable() @IsCalendarDate() @IsNotBeforeDateOf('start') end?: string;
  @Omittable() @IsDateTimeWithOffset() at?: string;
  @Omittable() @IsIn(['individual', 'organisation']) kind?: string;
  @Omittable() @IsIdNumberForKind('kind') idNumber?: string;
  @Omittable() @IsIn(['ok', 'bad']) result?: string;
  @OmittableUnlessNonEmptyWhen((o) => o.result === 'bad', 'result is bad') @FreeTextList(3) defects?: string[];
}

const errorsOf = async (body: object) => toFieldErrors(await validate(plainToInstance(Sample, body), VALIDATOR_OPTIONS));
const fieldsOf = async (body: object) => [...new Set((await errorsOf(body)).map((e) => e.field))];

describe('edge validators', () => {
  it('accepts a body where every checked field is valid', async () => {
    expect(
      await errorsOf({
        id: 'prj-2025.hz:0001_a',
        note: '备注',
        phone: '0571-87654321',
        start: '2024-02-29',
        end: '2024-02-29',
        at: '2025-03-01T09:30:00.123+08:00',
        kind: 'individual',
        idNumber: '33010619900101123X',
        result: 'bad',
        defects: ['接地电阻超标'],
      }),
    ).toEqual([]);
  });

  it('skips an absent optional field but refuses an explicit null', async () => {
    expect(await errorsOf({})).toEqual([]);
    expect(await fieldsOf({ note: null, at: null })).toEqual(['note', 'at']);
  });

  it.each<[string, string, unknown]>([
    ['id', 'empty', ''],
    ['id', 'over 200 characters', 'a'.repeat(201)],
    ['id', 'with a slash', 'prj/1'],
    ['id', 'with non-ASCII letters', '项目1'],
    ['note', 'empty', ''],
    ['note', 'blank', '   '],
    ['note', 'over 2000 characters', 'x'.repeat(2001)],
    ['note', 'a number', 42],
  ])('refuses %s %s', async (field, _label, value) => {
    expect(await fieldsOf({ [field]: value })).toEqual([field]);
  });

  it('accepts free text of exactly 2000 characters and ids of exactly 200', async () => {
    expect(await errorsOf({ note: 'x'.repeat(2000), id: 'a'.repeat(200) })).toEqual([]);
  });

  it.each(['13812345678', '19912345678', '0571-87654321', '010-1234567'])('accepts the phone %s', (value) => {
    expect(isPhone(value)).toBe(true);
  });
  it.each(['12812345678', '1381234567', '138123456789', '0571 87654321', '571-87654321', '+8613812345678'])(
    'refuses the phone %s',
    (value) => {
      expect(isPhone(value)).toBe(false);
    },
  );

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '2025-03-01T00:00:00Z', '20250301'])(
    'refuses the calendar date %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('refuses an end date before its start date, naming the end', async () => {
    expect(await errorsOf({ start: '2025-06-02', end: '2025-06-01' })).toEqual([
      { field: 'end', message: 'end must not be before start' },
    ]);
  });

  it.each(['2025-03-01T09:30:00Z', '2025-03-01T09:30:00+08:00', '2025-03-01T09:30+08:00', '2025-03-01T09:30:00.123456-05:00'])(
    'accepts the date-time %s',
    (value) => {
      expect(isDateTimeWithOffset(value)).toBe(true);
    },
  );
  it.each([
    ['no offset', '2025-03-01T09:30:00'],
    ['a space separator', '2025-03-01 09:30:00+08:00'],
    ['only a date', '2025-03-01'],
    ['a day that does not exist', '2025-02-30T09:30:00+08:00'],
    ['an hour 24', '2025-03-01T24:30:00+08:00'],
    ['a compact offset', '2025-03-01T09:30:00+0800'],
    ['a week date', '2025-W09-6T09:30:00Z'],
  ])('refuses a date-time with %s', (_label, value) => {
    expect(isDateTimeWithOffset(value)).toBe(false);
  });

  it('checks idNumber as a resident ID for an individual and a credit code for an organisation', async () => {
    expect(await errorsOf({ kind: 'organisation', idNumber: '91330100MA2XXXXX08' })).toEqual([]);
    expect(await errorsOf({ kind: 'organisation', idNumber: '33010619900101123X' })).toEqual([
      {
        field: 'idNumber',
        message: "idNumber has a wrong check character (an organisation's idNumber is a unified social credit code)",
      },
    ]);
    expect(await fieldsOf({ kind: 'individual', idNumber: '91330100MA2XXXXX08' })).toEqual(['idNumber']);
  });

  it('leaves idNumber alone when the kind itself is wrong, so one mistake gives one error', async () => {
    expect(await fieldsOf({ kind: 'company', idNumber: '91330100MA2XXXXX08' })).toEqual(['kind']);
  });

  it('requires a non-empty list only when the condition holds', async () => {
    expect(await errorsOf({ result: 'ok' })).toEqual([]);
    expect(await errorsOf({ result: 'ok', defects: [] })).toEqual([]);
    expect(await fieldsOf({ result: 'bad' })).toEqual(['defects']);
    expect(await errorsOf({ result: 'bad', defects: [] })).toEqual([
      { field: 'defects', message: 'defects must be a non-empty list when result is bad' },
    ]);
  });

  it('bounds a free-text list in size and checks every entry', async () => {
    expect(await fieldsOf({ defects: ['a', 'b', 'c', 'd'] })).toEqual(['defects']);
    expect(await fieldsOf({ defects: ['a', ''] })).toEqual(['defects']);
    expect(await fieldsOf({ defects: 'a' })).toEqual(['defects']);
  });

  it('reports an unknown property by its name', async () => {
    expect(await errorsOf({ extra: 1 })).toEqual([{ field: 'extra', message: 'property extra should not exist' }]);
  });
});
