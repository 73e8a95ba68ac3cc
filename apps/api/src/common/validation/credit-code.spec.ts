import { checkCreditCode, creditCodeCheckChar, isCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100, weights mod 31)', () => {
  it.each([
    ['the SPEC example', '91330100MA2XXXXX08'],
    ['a code whose check character is a letter', '91110000600037341L'],
  ])('accepts %s', (_label, value) => {
    expect(checkCreditCode(value)).toBe(true);
  });

  it('computes the check character, mapping 31 to 0', () => {
    expect(creditCodeCheckChar('91330100MA2XXXXX0')).toBe('8');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
  });

  it('refuses a wrong check character', () => {
    expect(checkCreditCode('91330100MA2XXXXX09')).toBe('has a wrong check character');
    expect(checkCreditCode('91110000600037341M')).toBe('has a wrong check character');
  });

  it('refuses lower case', () => {
    expect(checkCreditCode('91330100ma2xxxxx08')).toMatch(/^may contain only the characters/);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s, which the charset leaves out', (letter) => {
    expect(checkCreditCode(`91330100MA2XXXXX0${letter}`)).toMatch(/^may contain only the characters/);
  });

  it.each([
    ['17 characters', '91330100MA2XXXXX0'],
    ['19 characters', '91330100MA2XXXXX080'],
    ['16 digits', '3301061990010112'],
  ])('refuses %s as the wrong length', (_label, value) => {
    expect(checkCreditCode(value)).toBe('must be an 18-character unified social credit code');
  });

  it('refuses what is not a string', () => {
    expect(isCreditCode(undefined)).toBe(false);
    expect(checkCreditCode(913301)).toBe('must be a string');
  });
});
