import { ControlCharactersPipe } from './control-characters.pipe.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';

const pipe = new ControlCharactersPipe();
const asBody = { type: 'body' } as const;
const errorsOf = (value: unknown) => {
  try {
    pipe.transform(value, asBody);
    return [];
  } catch (error) {
    return (error as ValidationFailedException).errors;
  }
};

describe('ControlCharactersPipe', () => {
  it('passes ordinary text, line breaks and tabs', () => {
    const body = { findings: '第一行\n第二行\r\n\t缩进', list: ['a', 'b'], n: 3, nested: { ok: true } };
    expect(pipe.transform(body, asBody)).toBe(body);
  });

  it('names every field holding a C0, DEL or C1 control character, nested ones by path', () => {
    expect(errorsOf({ a: 'x\u0000', b: { c: ['ok', '\u001b[2J'] }, d: '\u007f', e: '\u0085' })).toEqual([
      { field: 'a', message: 'must not contain control characters' },
      { field: 'b.c.1', message: 'must not contain control characters' },
      { field: 'd', message: 'must not contain control characters' },
      { field: 'e', message: 'must not contain control characters' },
    ]);
  });

  it('refuses control characters in property names', () => {
    expect(errorsOf({ 'a\u0001': 'x' })).toEqual([{ field: 'a\u0001', message: 'property names must not contain control characters' }]);
  });

  it('leaves query parameters and other arguments alone', () => {
    expect(pipe.transform('x\u0000', { type: 'query' })).toBe('x\u0000');
  });
});
