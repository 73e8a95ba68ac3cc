import { getMetadataStorage, IsInt, IsString, Min, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache.js';

class Meter {
  @IsString()
  meterNumber!: string;

  @IsInt()
  @Min(1)
  phases!: number;
}

const failures = (value: object) => validateSync(value).map((e) => `${e.property}: ${Object.keys(e.constraints ?? {}).sort().join(',')}`);

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('given a DTO validated before, then the same refusals and acceptances as class-validator computes them', () => {
    expect(failures(Object.assign(new Meter(), { meterNumber: 'M-1', phases: 3 }))).toEqual([]);
    expect(failures(Object.assign(new Meter(), { meterNumber: 7, phases: 0 }))).toEqual(['meterNumber: isString', 'phases: min']);
    expect(failures(Object.assign(new Meter(), { meterNumber: 'M-1', phases: 0 }))).toEqual(['phases: min']);
  });

  it('given the metadata of a class asked twice, then it is computed once (the same array both times)', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Meter, '', false, false);
    expect(storage.getTargetValidationMetadatas(Meter, '', false, false)).toBe(first);
    expect(first).toHaveLength(3);
  });

  it('given a class declared after the cache was filled, then its decorators apply (the cache is forgotten)', () => {
    expect(failures(Object.assign(new Meter(), { meterNumber: 'M-1', phases: 1 }))).toEqual([]);
    class Transformer extends Meter {
      @IsInt()
      @Min(10)
      capacityKva!: number;
    }
    expect(failures(Object.assign(new Transformer(), { meterNumber: 'M-1', phases: 1, capacityKva: 5 }))).toEqual(['capacityKva: min']);
    expect(failures(Object.assign(new Meter(), { meterNumber: 'M-1', phases: 1 }))).toEqual([]);
  });

  it('given a decorator added to a class whose metadata is cached, then it applies from the next validation on', () => {
    class Seal {
      @IsString()
      sealNo!: string;
    }
    expect(failures(Object.assign(new Seal(), { sealNo: 'S-1', colour: 3 }))).toEqual([]);
    IsString()(Seal.prototype, 'colour');
    expect(failures(Object.assign(new Seal(), { sealNo: 'S-1', colour: 3 }))).toEqual(['colour: isString']);
  });

  it('is applied once however often it is called (each app built in a process calls it)', () => {
    const storage = getMetadataStorage();
    const wrapped = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(wrapped);
  });
});
