import { describe, expect, it } from '@jest/globals';
import { positionsSignature } from './positions.js';

describe('the projection positions the 预警清单 watches', () => {
  it('notices a new projection position whatever order the projections are listed in', () => {
    const before = positionsSignature([{ name: 'x', position: 4 }, { name: 'y', position: 7 }]);
    expect(positionsSignature([{ name: 'y', position: 7 }, { name: 'x', position: 4 }])).toBe(before);
    expect(positionsSignature([{ name: 'y', position: 8 }, { name: 'x', position: 4 }])).not.toBe(before);
  });
});
