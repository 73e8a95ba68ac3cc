import { DeciderSpecification, type Decider } from './decider-specification.js';

/** A tiny counter decider: the spec helper is generic and must not know the project domain. */
type Command = { type: 'Add'; amount: number };
type Event = { type: 'Added'; amount: number; by: string };
type Ctx = { user: string };
const counter: Decider<Command, Event, number, Ctx> = {
  decide: (command, total, ctx) => {
    if (command.amount <= 0) throw Object.assign(new Error('amount must be positive'), { code: 'NOT_POSITIVE' });
    if (total + command.amount > 10) throw Object.assign(new Error('too much'), { code: 'LIMIT' });
    return [{ type: 'Added', amount: command.amount, by: ctx.user }];
  },
  evolve: (total, event) => total + event.amount,
  initialState: () => 0,
};
const given = DeciderSpecification.for(counter, { context: { user: 'ann' } });
const added = (amount: number, by = 'ann'): Event => ({ type: 'Added', amount, by });

describe('DeciderSpecification', () => {
  it('folds the given events and compares the decided events', () =>
    given(added(4), added(5)).when({ type: 'Add', amount: 1 }).then([added(1)]));

  it('takes an explicit context over the default', () =>
    given().when({ type: 'Add', amount: 2 }, { user: 'bob' }).then([added(2, 'bob')]));

  it('lets the then step assert with a function', () =>
    given().when({ type: 'Add', amount: 3 }).then((events) => expect(events).toHaveLength(1)));

  it('fails when the events differ', () =>
    expect(() => given().when({ type: 'Add', amount: 3 }).then([added(4)])).toThrow());

  it('fails a then when the decision is refused, naming the code', () =>
    expect(() => given(added(10)).when({ type: 'Add', amount: 1 }).then([])).toThrow(/refused: Error \[LIMIT\]/));

  it('matches a refusal by code and hands the error to the assertion', () =>
    given(added(10))
      .when({ type: 'Add', amount: 1 })
      .thenThrows('LIMIT', (error) => expect(error.message).toBe('too much')));

  it('fails thenThrows on another code', () =>
    expect(() => given().when({ type: 'Add', amount: 0 }).thenThrows('LIMIT')).toThrow(/Expected refusal LIMIT, got .*NOT_POSITIVE/));

  it('fails thenThrows when the decision is accepted', () =>
    expect(() => given().when({ type: 'Add', amount: 1 }).thenThrows('LIMIT')).toThrow(/but the decision produced/));

  it('needs a context from somewhere', () =>
    expect(() => DeciderSpecification.for(counter)().when({ type: 'Add', amount: 1 }).then([])).toThrow(/no context/));

  it('accepts a state value as the initial state', () =>
    DeciderSpecification.for({ ...counter, initialState: 9 }, { context: () => ({ user: 'ann' }) })()
      .when({ type: 'Add', amount: 2 })
      .thenThrows('LIMIT'));
});
