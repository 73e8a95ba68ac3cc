/**
 * Loaded into the server child with `node --import`: lets the bench process start and stop a CPU profile over the IPC
 * channel, so the profile covers the measured load only (not start-up), and the server stays the unmodified app.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileMessage {
  bench: 'profile-start' | 'profile-stop';
  file?: string;
}

const session = new Session();
session.connect();

process.on('message', (message: ProfileMessage) => {
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
