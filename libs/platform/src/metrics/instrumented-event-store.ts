import type { AppendRequest, AppendResult, EventStore } from '#event-sourcing';
import type { Metrics } from './metrics.js';

/** The EventStore port with append latency measured; everything else passes straight through. */
export function instrumentEventStore(store: EventStore, metrics: Metrics): EventStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') {
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (request: AppendRequest): Promise<AppendResult> => {
        const stop = metrics.appendDuration.startTimer();
        try {
          const result = await target.append(request);
          stop({ result: result.duplicate ? 'duplicate' : 'written' });
          return result;
        } catch (error) {
          stop({ result: (error as { code?: string }).code ?? 'error' });
          throw error;
        }
      };
    },
  });
}
