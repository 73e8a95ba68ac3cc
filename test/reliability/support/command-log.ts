import { COMMAND_EXAMPLES } from '../../support/journey.js';
import { call, tokenFor, type Answer } from './http-client.js';
import { commandIdOf, readLog, structuralViolations, withEventStore } from './log-audit.js';

/** A new-project command with its own key, remembered with every answer it got. */
export interface Tracked {
  key: string;
  projectId: string;
  body: string;
  answers: Answer[];
}

let counter = 0;

/** An application (one event) with an Idempotency-Key; the clerk `sub` is the idempotency caller. */
export function application(prefix: string): Tracked {
  counter += 1;
  const projectId = `prj-${prefix}-${counter}`;
  return { key: `${prefix}-${counter}`, projectId, body: JSON.stringify({ ...COMMAND_EXAMPLES.acceptApplication, projectId }), answers: [] };
}

export const CALLER = 'disk-clerk';

export async function submit(url: string, command: Tracked): Promise<Answer> {
  const outcome = await call(url, 'POST', '/api/projects', {
    token: tokenFor('clerk', CALLER),
    headers: { 'Idempotency-Key': command.key },
    body: command.body,
  });
  if (!outcome.answered) throw new Error(`${command.key}: no answer (${outcome.error})`);
  command.answers.push(outcome.answer);
  return outcome.answer;
}

/** The first 201 a command got, if any. */
export const acknowledged = (command: Tracked): Answer | undefined => command.answers.find((a) => a.status === 201);

/**
 * The log against what clients were told: every acknowledged command's one event where its answer said, every command
 * that only ever got errors absent (no event, no idempotency record), and the log's structure sound.
 */
export async function ledgerViolations(dataDir: string, commands: Tracked[]): Promise<string[]> {
  return withEventStore(dataDir, async (store) => {
    const log = await readLog(store);
    const violations = structuralViolations(log);
    for (const command of commands) {
      const events = log.byCommandId.get(commandIdOf(CALLER, command.key)) ?? [];
      const record = await store.findCommand(CALLER, command.key);
      const answer = acknowledged(command)?.body;
      if (answer) {
        const event = events[0];
        const where = event && `${event.streamId}@${event.version}#${event.position}`;
        const told = `project-${answer.projectId}@${answer.version}#${answer.position}`;
        if (events.length !== 1 || where !== told || !record) violations.push(`acknowledged ${command.key}: told ${told}, log ${where}`);
      } else if (events.length || record) {
        violations.push(`${command.key} was only refused (${command.answers.map((a) => a.status)}) yet wrote ${events.length} events`);
      }
    }
    return violations;
  });
}
