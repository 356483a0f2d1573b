/**
 * Who is writing, from which device, at what time. Repositories stamp every record and every
 * audit entry from this, so tests can pass a fixed clock and a named person.
 */
import type { AccessGuard } from './access-guard';

export interface WriteContext {
  /** The display name of the person at the keyboard. */
  actor(): string;
  /** A short id of this device's profile. */
  device(): string;
  now(): Date;
  /** What the signed-in account may change; absent, everything (tests, a laptop without a server). */
  access?: AccessGuard;
}

export function fixedWriteContext(actor: string, device = 'test-device', clock: () => Date = () => new Date()): WriteContext {
  return { actor: () => actor, device: () => device, now: clock };
}
