import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** The Prometheus metrics of one process (API.md does not define them; operators and dashboards rely on these names). */
export class Metrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'connection_commands_total',
    help: 'Commands handled, by command type and outcome (accepted, replayed, or the error code)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'connection_command_duration_seconds',
    help: 'Command latency from request to answer, by command type and outcome',
    labelNames: ['type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'connection_event_store_append_duration_seconds',
    help: 'Event store append latency, durable commit included',
    labelNames: ['result'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly projectionLag = new Gauge({
    name: 'connection_projection_lag_events',
    help: 'Events in the log not yet applied by each projection, counted up to 10,000 (then reported as 10,000)',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly processManagerPosition = new Gauge({
    name: 'connection_process_manager_position',
    help: 'The last log position each process manager has handled (its lag is connection_projection_lag_events under its name)',
    labelNames: ['manager'] as const,
    registers: [this.registry],
  });

  readonly processManagerRefusals = new Counter({
    name: 'connection_process_manager_refusals_total',
    help: 'Commands of each process manager the domain refused (logged and skipped), counted where the manager runs in this process',
    labelNames: ['manager'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
