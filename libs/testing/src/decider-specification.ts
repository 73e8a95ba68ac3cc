import { expect } from '@jest/globals';

/** The shape of any decider (Emmett / Chassaing): pure decide and evolve, and where a fold starts. */
export interface Decider<Command, Event, State, Context> {
  decide(command: Command, state: State, context: Context): Event[];
  evolve(state: State, event: Event): State;
  initialState: State | (() => State);
}

export interface DeciderSpecificationOptions<Context> {
  /** Used when `.when(command)` is given no context; a function gives each spec a fresh one. */
  context?: Context | (() => Context);
}

/** What thenThrows hands to its assertion unless told a narrower type: any error carrying a `code`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ThrownError = Error & { code: string; [detail: string]: any };

export interface ThenStep<Event> {
  /** The exact events decided (deep equality), or an assertion over them. */
  then(expected: Event[] | ((events: Event[]) => void)): void;
  /** The decision is refused with this code (an error carrying `code`), then optionally inspect the error. */
  thenThrows<E = ThrownError>(code: string, assert?: (error: E) => void): void;
}

export interface WhenStep<Command, Event, Context> {
  when(command: Command, context?: Context): ThenStep<Event>;
}

type Outcome<Event> = { ok: true; events: Event[] } | { ok: false; error: unknown };

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}${'code' in error ? ` [${String(error.code)}]` : ''}: ${error.message}` : String(error);

/**
 * Given / when / then over a decider (STYLE.md "Tests"): the given events are folded with the decider's own evolve, so
 * a spec exercises exactly what production replays.
 *
 *   const given = DeciderSpecification.for(projectDecider, { context: ctx });
 *   given(applicationAccepted()).when(recordSiteSurvey()).then([siteSurveyed()]);
 */
export const DeciderSpecification = {
  for<Command, Event, State, Context>(
    decider: Decider<Command, Event, State, Context>,
    options: DeciderSpecificationOptions<Context> = {},
  ) {
    const initial = (): State =>
      typeof decider.initialState === 'function' ? (decider.initialState as () => State)() : decider.initialState;
    const defaultContext = (): Context => {
      const c = options.context;
      if (c === undefined) throw new Error('DeciderSpecification: no context given to when() and no default context');
      return typeof c === 'function' ? (c as () => Context)() : c;
    };

    return (...givenEvents: Event[]): WhenStep<Command, Event, Context> => ({
      when(command: Command, context?: Context): ThenStep<Event> {
        const run = (): Outcome<Event> => {
          const state = givenEvents.reduce((s, e) => decider.evolve(s, e), initial());
          const ctx = context ?? defaultContext();
          try {
            return { ok: true, events: decider.decide(command, state, ctx) };
          } catch (error) {
            return { ok: false, error };
          }
        };
        return {
          then(expected) {
            const outcome = run();
            if (!outcome.ok) {
              throw new Error(`Expected events, but the decision was refused: ${describeError(outcome.error)}`);
            }
            if (typeof expected === 'function') expected(outcome.events);
            else expect(outcome.events).toEqual(expected);
          },
          thenThrows(code, assert) {
            const outcome = run();
            if (outcome.ok) {
              throw new Error(`Expected refusal ${code}, but the decision produced ${JSON.stringify(outcome.events)}`);
            }
            const actual = (outcome.error as { code?: unknown } | null)?.code;
            if (actual !== code) {
              throw new Error(`Expected refusal ${code}, got ${describeError(outcome.error)}`);
            }
            assert?.(outcome.error as never);
          },
        };
      },
    });
  },
};
