/**
 * Loaded into the server child with `node --import`: lets the bench process start and stop a CPU profile, and read the
 * event-loop delay, over the IPC channel, so both cover the measured load only (not start-up) and the server stays the
 * unmodified app.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface ProfileMessage {
  bench: 'profile-start' | 'profile-stop' | 'loop-delay';
  file?: string;
}

// How long callbacks waited for the (single) JS thread: synchronous work (SQLite calls, fsync, big JSON) shows here.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

const session = new Session();
session.connect();

process.on('message', (message: ProfileMessage) => {
  if (message.bench === 'loop-delay') {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    process.send?.({
      bench: 'loop-delay-done',
      delay: { p50Ms: ms(loopDelay.percentile(50)), p99Ms: ms(loopDelay.percentile(99)), maxMs: ms(loopDelay.max) },
    });
    loopDelay.reset();
    return;
  }
  void handle(message).then(
    () => process.send?.({ bench: `${message.bench}-done` }),
    (error: Error) => process.send?.({ bench: `${message.bench}-done`, error: error.message }),
  );
});
// The channel must not keep a stopped server alive.
process.channel?.unref();

async function handle(message: ProfileMessage): Promise<void> {
  if (message.bench === 'profile-start') {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
  } else if (message.bench === 'profile-stop' && message.file) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(message.file, JSON.stringify(profile));
  }
}
