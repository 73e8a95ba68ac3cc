import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors, VALIDATOR_OPTIONS, type FieldError } from '../../common/validation/index.js';
import { ACCOUNT_COMMAND_DTOS } from './command-dtos.js';
import { ACCOUNT_COMMAND_EXAMPLES, ACCOUNT_OPENAPI_EXAMPLES, type AccountCommandName } from './examples.js';

/** Validates a plain JSON body exactly as the ValidationPipe does (same options, through JSON). */
const errorsFor = async (name: AccountCommandName, body: unknown): Promise<FieldError[]> =>
  toFieldErrors(await validate(plainToInstance(ACCOUNT_COMMAND_DTOS[name] as new () => object, JSON.parse(JSON.stringify(body))) as object, VALIDATOR_OPTIONS));

const names = Object.keys(ACCOUNT_COMMAND_DTOS) as AccountCommandName[];

describe('account command DTOs: the published examples', () => {
  it.each(names)('%s: the account example is valid', async (name) => {
    expect(await errorsFor(name, ACCOUNT_COMMAND_EXAMPLES[name])).toEqual([]);
  });

  it('every OpenAPI example is valid for its command, and every command has one', async () => {
    expect(Object.keys(ACCOUNT_OPENAPI_EXAMPLES).sort()).toEqual([...names].sort());
    for (const name of names) {
      for (const example of Object.values(ACCOUNT_OPENAPI_EXAMPLES[name])) {
        expect(await errorsFor(name, (example as { value: unknown }).value)).toEqual([]);
      }
    }
  });

  it.each(names)('%s: accepts a business time with an offset', async (name) => {
    expect(await errorsFor(name, { ...ACCOUNT_COMMAND_EXAMPLES[name], occurredAt: '2026-03-03T09:30:00+08:00' })).toEqual([]);
  });
});
