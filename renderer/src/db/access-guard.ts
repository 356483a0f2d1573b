/**
 * The account this laptop writes as, and the one check every write passes: a write the
 * account's role may not make is refused before anything is stored on the laptop (so nothing
 * waits forever for a server that will refuse it). The account is the one the server's session
 * last reported, kept on the laptop so the check holds offline and after a restart; none is known
 * before a server is set up, and then the laptop's own municipality may be changed freely.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import type { DatabaseSuffix } from '@shared/couch/names';
import { writeRefusal, type KnownAccount } from '@shared/couch/permissions';

export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefusedError';
  }
}

export class AccessGuard {
  private readonly subject = new BehaviorSubject<KnownAccount | null>(null);

  get account(): KnownAccount | null {
    return this.subject.getValue();
  }

  watch(): Observable<KnownAccount | null> {
    return this.subject.asObservable();
  }

  set(account: KnownAccount | null): void {
    const current = this.account;
    if (current === account) return;
    if (current && account && current.name === account.name && current.roles.join('\n') === account.roles.join('\n')) return;
    this.subject.next(account ? { name: account.name, roles: [...account.roles] } : null);
  }

  /** Throws WriteRefusedError with the reason when the account may not change `database`. */
  assertMayWrite(database: DatabaseSuffix): void {
    const refusal = writeRefusal(this.account, database);
    if (refusal) throw new WriteRefusedError(refusal);
  }
}
