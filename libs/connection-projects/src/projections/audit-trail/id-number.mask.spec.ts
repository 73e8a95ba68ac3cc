import { maskEverywhere, maskIdNumber, redactIdNumbers } from './id-number.mask.js';

const RESIDENT_ID = '33010619900101123X';
const CREDIT_CODE = '91330100MA2XXXXX08';

describe('ID number masking', () => {
  it('keeps the first 3 and last 4 characters of a resident ID or credit code', () => {
    expect(maskIdNumber(RESIDENT_ID)).toBe('330***********123X');
    expect(maskIdNumber(CREDIT_CODE)).toBe('913***********XX08');
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('redacts valid ID numbers in free text and leaves other numbers alone', () => {
    expect(redactIdNumbers(`户主 ${RESIDENT_ID}，单位 ${CREDIT_CODE}`)).toBe('户主 330***********123X，单位 913***********XX08');
    // Wrong check digit, 22-digit meter number, 18-character contract number: not identity numbers.
    expect(redactIdNumbers('330106199001011231 3301061990010112345678 HT2025000000000001')).toBe(
      '330106199001011231 3301061990010112345678 HT2025000000000001',
    );
  });

  it('masks known numbers in every string of a structure without touching the original', () => {
    const value = { a: [`id ${RESIDENT_ID}`], b: { c: RESIDENT_ID, n: 3 } };
    expect(maskEverywhere(value, [RESIDENT_ID])).toEqual({ a: ['id 330***********123X'], b: { c: '330***********123X', n: 3 } });
    expect(value.b.c).toBe(RESIDENT_ID);
  });

  it('masks a known number typed with a small x as well', () => {
    expect(maskEverywhere({ notes: `复印件 ${RESIDENT_ID.toLowerCase()}` }, [RESIDENT_ID])).toEqual({ notes: '复印件 330***********123x' });
  });
});
