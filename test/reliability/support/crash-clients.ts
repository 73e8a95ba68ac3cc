import { COMMAND_EXAMPLES, MAIN_LINE, route, type CommandName, type RoleName } from '../../support/journey.js';
import { call, tokenFor, type Answer } from './http-client.js';

export interface CommandAnswerBody {
  projectId: string;
  version: number;
  position: number;
  events: string[];
}

/** One command as a client sent it: enough to retry it byte for byte and to find its event in the log. */
export interface SentCommand {
  client: number;
  round: number;
  name: CommandName;
  role: RoleName;
  /** The token's subject: the caller id the idempotency record is kept under. */
  sub: string;
  key: string;
  path: string;
  body: string;
  projectId: string;
  /** The 201 answer, once the client has one (first try or a retry). */
  answer?: CommandAnswerBody;
  /** True when the kill left it unanswered, whatever happened later. */
  unacknowledgedAtKill?: boolean;
  /** After a kill: how its retry was answered (replay of a write that made it, or a fresh write). */
  retriedAs?: 'replayed' | 'fresh';
}

interface OwnProject {
  id: string;
  /** Index in MAIN_LINE of the next command. */
  next: number;
}

const REVISABLE_FROM = MAIN_LINE.indexOf('submitDesign');
const REVISABLE_UNTIL = MAIN_LINE.indexOf('startConstruction');

/**
 * A client that drives its own projects along the main line, one command at a time, every command with an
 * Idempotency-Key. It never races itself, so every answer it gets must be a 201: anything else is a finding. A command
 * left unanswered by a crash is retried, same key, same body, before the client goes on.
 */
export class CrashClient {
  private readonly projects: OwnProject[] = [];
  private pending: SentCommand | null = null;
  private seq = 0;
  private created = 0;
  readonly findings: string[] = [];

  constructor(
    readonly index: number,
    private readonly random: () => number,
    private readonly sent: SentCommand[],
  ) {}

  /** Sends commands until `stopped()`; returns when stopped or when the server stops answering. */
  async burst(url: string, round: number, stopped: () => boolean): Promise<void> {
    while (!stopped() && !this.pending) {
      const command = this.nextCommand(round);
      this.sent.push(command);
      const outcome = await send(url, command);
      if (!outcome.answered) {
        command.unacknowledgedAtKill = true;
        this.pending = command;
        return;
      }
      this.settle(command, outcome.answer);
    }
  }

  /** After a restart: the command the crash left unanswered, retried exactly as first sent. */
  async retryPending(url: string): Promise<void> {
    const command = this.pending;
    if (!command) return;
    const outcome = await send(url, command);
    if (!outcome.answered) throw new Error(`retry of ${command.key}: no answer (${outcome.error})`);
    command.retriedAs = outcome.answer.headers.get('idempotent-replayed') === 'true' ? 'replayed' : 'fresh';
    this.pending = null;
    this.settle(command, outcome.answer);
  }

  private settle(command: SentCommand, answer: Answer): void {
    if (answer.status !== 201) {
      this.findings.push(`${command.key} ${command.name}: ${answer.status} ${JSON.stringify(answer.body)}`);
      // The project's state is now unknown to this client: leave it alone.
      const i = this.projects.findIndex((p) => p.id === command.projectId);
      if (i >= 0) this.projects.splice(i, 1);
      return;
    }
    command.answer = answer.body as CommandAnswerBody;
    if (command.name === 'acceptApplication') this.projects.push({ id: command.projectId, next: 1 });
    else if (command.name !== 'reviseSupplyScheme') {
      const project = this.projects.find((p) => p.id === command.projectId)!;
      project.next += 1;
      if (project.next === MAIN_LINE.length) this.projects.splice(this.projects.indexOf(project), 1);
    }
  }

  private nextCommand(round: number): SentCommand {
    if (this.projects.length < 3) return this.application(round);
    const project = this.projects[Math.floor(this.random() * this.projects.length)]!;
    const revisable = project.next > REVISABLE_FROM && project.next <= REVISABLE_UNTIL;
    const name = revisable && this.random() < 0.25 ? 'reviseSupplyScheme' : MAIN_LINE[project.next]!;
    return this.command(round, name, project.id, structuredClone(COMMAND_EXAMPLES[name]) as Record<string, unknown>);
  }

  private application(round: number): SentCommand {
    const projectId = `prj-c${this.index}-${(this.created += 1)}`;
    const example = COMMAND_EXAMPLES.acceptApplication;
    const body = { ...example, projectId, customer: { ...example.customer, id: `cust-c${this.index}` } };
    return this.command(round, 'acceptApplication', projectId, body);
  }

  private command(round: number, name: CommandName, projectId: string, body: Record<string, unknown>): SentCommand {
    const spec = route(name);
    const role = spec.roles[0]!;
    const sub = `c${this.index}-${role}`;
    return {
      client: this.index,
      round,
      name,
      role,
      sub,
      key: `${sub}:r${round}:${(this.seq += 1)}`,
      path: spec.path(projectId),
      body: JSON.stringify(body),
      projectId,
    };
  }
}

export function send(url: string, command: SentCommand) {
  return call(url, 'POST', command.path, {
    token: tokenFor(command.role, command.sub),
    headers: { 'Idempotency-Key': command.key },
    body: command.body,
  });
}
