import { Writable } from 'node:stream';
import { pino, type LevelWithSilent } from 'pino';
import { requestLogger } from './logging.js';

/** A root logger at `level` writing into an array of parsed lines. */
function rootAt(level: LevelWithSilent) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { root: pino({ level, redact: ['req.headers.authorization'] }, sink), lines };
}

const request = { id: 'corr-7', method: 'POST', url: '/api/projects/p-1/site-survey' };

describe('requestLogger', () => {
  it('given an answered request, then one info line with its correlation id, status and time, and no header', () => {
    const { root, lines } = rootAt('info');
    requestLogger(root)(request, { statusCode: 201, elapsedTime: 3.6 });
    expect(lines).toHaveLength(1);
    const { time: _time, pid: _pid, hostname: _hostname, ...line } = lines[0];
    expect(line).toEqual({
      level: 30,
      req: { id: 'corr-7', method: 'POST', url: '/api/projects/p-1/site-survey' },
      correlationId: 'corr-7',
      res: { statusCode: 201 },
      responseTime: 4,
      msg: 'request completed',
    });
  });

  it('given a 5xx, then an error line "request errored"', () => {
    const { root, lines } = rootAt('info');
    requestLogger(root)(request, { statusCode: 500, elapsedTime: 12 });
    expect(lines.map((l) => [l.level, l.msg, (l.res as { statusCode: number }).statusCode])).toEqual([[50, 'request errored', 500]]);
  });

  it('given LOG_LEVEL=error, then a 5xx is still logged and a 4xx or 2xx is not', () => {
    const { root, lines } = rootAt('error');
    const log = requestLogger(root);
    log(request, { statusCode: 201, elapsedTime: 1 });
    log(request, { statusCode: 409, elapsedTime: 1 });
    log(request, { statusCode: 503, elapsedTime: 1 });
    expect(lines.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([503]);
  });

  it('given LOG_LEVEL=silent, then nothing', () => {
    const { root, lines } = rootAt('silent');
    requestLogger(root)(request, { statusCode: 500, elapsedTime: 1 });
    expect(lines).toEqual([]);
  });
});
