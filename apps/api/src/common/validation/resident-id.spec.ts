import { checkResidentId, isResidentId, residentIdCheckChar } from './resident-id.js';

describe('resident ID (GB 11643, ISO 7064 MOD 11-2)', () => {
  it.each([
    ['the SPEC example', '33010619900101123X'],
    ['the standard example with check X', '11010519491231002X'],
    ['a leap-day birth date', '440304202402290012'],
  ])('accepts %s', (_label, value) => {
    expect(checkResidentId(value, '20250601')).toBe(true);
  });

  it('computes the check character from the 17 body digits', () => {
    expect(residentIdCheckChar('33010619900101123')).toBe('X');
    expect(residentIdCheckChar('44030420240229001')).toBe('2');
  });

  it('refuses a wrong check digit', () => {
    expect(checkResidentId('330106199001011231', '20250601')).toBe('has a wrong check digit');
    expect(checkResidentId('110101200001010018', '20250601')).toBe('has a wrong check digit');
  });

  it('refuses a lower-case x check character', () => {
    expect(checkResidentId('33010619900101123x', '20250601')).toBe(
      'must be 17 digits followed by a digit or an upper-case X',
    );
  });

  it.each([
    ['17 characters', '3301061990010112X'],
    ['19 characters', '33010619900101123X0'],
    ['a 15-digit first-generation number', '330106900101123'],
    ['an empty string', ''],
  ])('refuses %s as the wrong length', (_label, value) => {
    expect(checkResidentId(value, '20250601')).toBe('must be an 18-character resident ID number');
  });

  it('refuses letters inside the 17 body digits', () => {
    expect(checkResidentId('3301061990A101123X', '20250601')).toBe('must be 17 digits followed by a digit or an upper-case X');
  });

  it.each([
    ['a day that does not exist', '330106199002301230'],
    ['a birth before 1900 (the standard’s own 1880 example)', '440524188001010014'],
    ['a birth after today', '110101202512310014'],
  ])('refuses %s as an implausible birth date', (_label, value) => {
    expect(checkResidentId(value, '20250601')).toBe('has an implausible birth date');
  });

  it('refuses what is not a string', () => {
    expect(checkResidentId(33010619900101123, '20250601')).toBe('must be a string');
    expect(isResidentId(null)).toBe(false);
  });

  it('bounds the birth date by the real clock when no day is given', () => {
    expect(isResidentId('33010619900101123X')).toBe(true);
  });
});
