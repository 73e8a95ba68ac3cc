/** Server time comes from here so tests can fix it; the domain never reads the clock itself. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
