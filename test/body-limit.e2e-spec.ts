import { request as httpRequest, type IncomingMessage } from 'node:http';
import { ApiHarness } from './support/api-harness.js';

/**
 * API.md: a body over 1 MiB gets its 413 problem even while the client is still sending it. Each request goes over a
 * fresh connection (no agent) with the raw `node:http` client, which sends the whole 2 MiB, a little at a time, before
 * it reads anything (as many synchronous clients do): a server that closes the connection early resets it under the
 * client's writes, and the answer is lost.
 */
const TWO_MIB = 2 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

interface RawAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

function send(url: URL, token: string, framing: 'content-length' | 'chunked'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    if (framing === 'content-length') headers['Content-Length'] = String(TWO_MIB);
    const req = httpRequest(url, { method: 'POST', agent: false, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        answer = { status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Record<string, unknown> };
        settle();
      });
      res.on('error', reject);
    });
    // Done when the answer is read and every byte was sent: a reset while sending is an error even after the answer.
    let answer: RawAnswer | undefined;
    let sent = false;
    const settle = () => answer && sent && resolve(answer);
    // Nothing is read until every byte is sent.
    req.on('socket', (socket) => socket.pause());
    req.on('finish', () => {
      sent = true;
      req.socket?.resume();
      settle();
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!sent) reject(new Error(`the connection closed after ${written} of ${TWO_MIB} bytes were sent`));
    });
    // A little at a time, as over a slow link: the server has answered long before the last byte is sent.
    let written = 0;
    const writeMore = (): void => {
      if (req.destroyed) return;
      if (written >= TWO_MIB) return void req.end();
      written += CHUNK.length;
      if (req.write(CHUNK)) setTimeout(writeMore, 5);
      else req.once('drain', () => setTimeout(writeMore, 5));
    };
    writeMore();
  });
}

describe('a body over 1 MiB', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await ApiHarness.start();
  });
  afterAll(() => api.close());

  it.each(['content-length', 'chunked'] as const)('sent with %s framing gets the 413 problem, not a reset connection', async (framing) => {
    const url = new URL('/api/projects/prj-any/site-survey', (await api.http().get('/api/health')).request.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await send(url, api.token('surveyor'), framing);
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(api.openApi.check('POST', url.pathname, answer)).toEqual([]);
    }
  });

  it('leaves the server answering on a new connection', async () => {
    await api.http().get('/api/health').expect(200);
  });
});
