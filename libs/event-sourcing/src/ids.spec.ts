import { deterministicUuid, eventIdFor } from './ids.js';

describe('deterministicUuid', () => {
  it('matches the RFC 9562 version 5 test vector for a UUID namespace', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(deterministicUuid(dns, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable and distinguishes names and namespaces', () => {
    expect(deterministicUuid('orders', 'a')).toBe(deterministicUuid('orders', 'a'));
    expect(deterministicUuid('orders', 'a')).not.toBe(deterministicUuid('orders', 'b'));
    expect(deterministicUuid('orders', 'a')).not.toBe(deterministicUuid('invoices', 'a'));
  });

  it('sets the version 5 and RFC variant bits', () => {
    expect(deterministicUuid('any namespace', 'x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('eventIdFor', () => {
  it('derives the same event ids when a command is retried', () => {
    expect(eventIdFor('command-1', 0)).toBe(eventIdFor('command-1', 0));
  });

  it('gives each event of a command, and each command, its own id', () => {
    const ids = new Set([eventIdFor('command-1', 0), eventIdFor('command-1', 1), eventIdFor('command-2', 0)]);
    expect(ids.size).toBe(3);
  });
});
