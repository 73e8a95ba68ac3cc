import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Where a process's pid means something: the kernel boot (`boot_id`) and the pid namespace. Two owners with the same
 * locality run on one kernel in one pid namespace, so one can ask the kernel whether the other's pid is alive. Empty
 * where /proc cannot tell (then no owner is ever judged gone: leases simply expire).
 */
function readLocality(): string {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNamespace = readlinkSync('/proc/self/ns/pid').replace(/\D/g, '');
    return boot && pidNamespace ? `${boot}/${pidNamespace}` : '';
  } catch {
    return '';
  }
}

const LOCALITY = readLocality();
const OWNER = /^(.*):(\d+):([0-9a-f]+)@(.*)$/;

/** A lease owner for this process: `host:pid:nonce@locality` (readable in logs, unique per runner). */
export function newLeaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}@${LOCALITY}`;
}

/** The `host:pid:nonce` part, for log lines. */
export const shortOwner = (owner: string): string => owner.split('@')[0]!;

/**
 * True only when `owner` is a process of this kernel and pid namespace that no longer exists (killed with SIGKILL, or
 * crashed, before releasing): its lease can be broken at once instead of waiting out the ttl, which is what makes a
 * restart after a crash on one machine resume projecting immediately. Anything uncertain (another machine or
 * container, an unreadable /proc, a pid reused by another process, EPERM) counts as alive: the lease then expires.
 */
export function isGoneFromThisMachine(owner: string, locality = LOCALITY): boolean {
  const match = OWNER.exec(owner);
  if (!match || !locality || match[4] !== locality) return false;
  try {
    process.kill(Number(match[2]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
