import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors, VALIDATOR_OPTIONS } from '../common/validation/index.js';
import { AuditQueryDto } from './audit-query.dto.js';

/** Validates query parameters (strings, as Fastify parses them) exactly as the global ValidationPipe does. */
const check = async (query: Record<string, unknown>) => {
  const dto = plainToInstance(AuditQueryDto, query);
  return { dto, fields: toFieldErrors(await validate(dto, VALIDATOR_OPTIONS)).map((e) => e.field) };
};

describe('AuditQueryDto', () => {
  it('accepts every filter of API.md, turning limit and minPosition into numbers', async () => {
    const { dto, fields } = await check({
      projectId: 'p-1', customerId: 'c-1', actorId: 'u-17@hz', type: 'SupplySchemeReplied',
      from: '2025-03-01T00:00:00+08:00', to: '2025-03-31T23:59:59.999Z', limit: '500', cursor: 'eyJmIjoicG9zaXRpb24ifQ', minPosition: '12',
    });
    expect(fields).toEqual([]);
    expect(dto).toMatchObject({ limit: 500, minPosition: 12 });
  });

  it('refuses unknown parameters, limits out of 1–500, times without an offset, odd types and cursors', async () => {
    expect((await check({ customer: 'c-1' })).fields).toEqual(['customer']);
    expect((await check({ limit: '501' })).fields).toEqual(['limit']);
    expect((await check({ limit: '0' })).fields).toEqual(['limit']);
    expect((await check({ from: '2025-03-01T00:00:00' })).fields).toEqual(['from']);
    expect((await check({ to: 'yesterday' })).fields).toEqual(['to']);
    expect((await check({ type: 'Supply Scheme' })).fields).toEqual(['type']);
    expect((await check({ type: ['A', 'B'] })).fields).toEqual(['type']);
    expect((await check({ cursor: 'a/b' })).fields).toEqual(['cursor']);
    expect((await check({ projectId: 'p 1' })).fields).toEqual(['projectId']);
  });
});
