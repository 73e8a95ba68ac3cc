import type { Client, Request } from 'autocannon';
import { JOURNEYS, ORG_UNITS, bodyFor } from './journeys.js';
import { ROUTES, commandPath } from './routes.js';

/**
 * The HTTP command mix as autocannon request sequences: every connection walks the four journeys (residential,
 * low-voltage commercial, HV single, HV dual with rework: 49 commands) one after the other, each on a project of its own,
 * starting at a different journey so the mix is spread. Each command carries an Idempotency-Key, as clients should.
 */
export function commandMix(tokens: Record<string, string>, runTag: string): { requests: Request[]; setupClient: (client: Client) => void } {
  let projects = 0;
  const slots = JOURNEYS.map((journey, slot) =>
    journey.steps.map((step, index): Request => {
      const fixedBody = step.type === 'AcceptApplication' ? undefined : JSON.stringify(step.body);
      return {
        method: 'POST',
        setupRequest: (request, context) => {
          if (index === 0) context[`p${slot}`] = `${runTag}-${(projects += 1)}`;
          const projectId = context[`p${slot}`] as string;
          const body =
            fixedBody ??
            JSON.stringify(bodyFor(step, { projectId, customerId: `${projectId}-c`, orgUnit: ORG_UNITS[projects % ORG_UNITS.length] }));
          return {
            ...request,
            path: commandPath(step.type, projectId),
            body,
            headers: {
              'content-type': 'application/json',
              authorization: tokens[ROUTES[step.type].role],
              'idempotency-key': `${projectId}:${index}`,
            },
          };
        },
      };
    }),
  );
  let clients = 0;
  return {
    requests: slots.flat(),
    setupClient: (client) => {
      const first = (clients += 1) % slots.length;
      client.setRequests([...slots.slice(first), ...slots.slice(0, first)].flat());
    },
  };
}
