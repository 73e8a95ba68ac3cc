import { formatLags } from './progress-log.js';
import { projectorSettings } from './projector-settings.js';

describe('projector settings', () => {
  it('defaults to batches of 500, polling every 200 ms and a progress line every 10 s', () => {
    expect(projectorSettings({})).toEqual({ tuning: { batchSize: 500, pollIntervalMs: 200 }, progressIntervalMs: 10_000 });
  });

  it('reads its environment', () => {
    expect(projectorSettings({ PROJECTOR_BATCH_SIZE: '40', PROJECTOR_POLL_MS: '20', PROJECTOR_PROGRESS_SECONDS: '2' }))
      .toEqual({ tuning: { batchSize: 40, pollIntervalMs: 20 }, progressIntervalMs: 2_000 });
  });

  it('refuses anything but a positive integer, naming the variable', () => {
    expect(() => projectorSettings({ PROJECTOR_BATCH_SIZE: '0' })).toThrow('PROJECTOR_BATCH_SIZE must be a positive integer, got "0"');
    expect(() => projectorSettings({ PROJECTOR_POLL_MS: '1.5' })).toThrow('PROJECTOR_POLL_MS');
    expect(() => projectorSettings({ PROJECTOR_PROGRESS_SECONDS: 'often' })).toThrow('PROJECTOR_PROGRESS_SECONDS');
  });

  it('logs positions with their lag', () => {
    expect(formatLags([
      { name: 'project-view', position: 1200, lag: 300, lagCapped: false },
      { name: 'audit-trail', position: 1500, lag: 0, lagCapped: false },
      { name: 'customer-dossier', position: 20, lag: 10_000, lagCapped: true },
    ])).toBe('project-view@1200 (lag 300), audit-trail@1500 (lag 0), customer-dossier@20 (lag 10000+)');
  });
});
