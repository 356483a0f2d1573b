/**
 * Issues query reference numbers on this laptop with no server (see shared/domain/query-reference.ts
 * for why two laptops never collide). The laptop's code and its last number per year are kept in
 * an RxDB local document, which stays on the device and never syncs; it is changed atomically,
 * so two windows logging queries at once still get different numbers.
 */
import { map, type Observable } from 'rxjs';
import { chooseDeviceCode, deviceCodeProblem, deviceCodesIn, formatQueryReference, normalizeDeviceCode } from '@shared/domain/query-reference';
import { RecordValidationError } from '@shared/validation/record-validator';
import type { QuorumDatabase } from '../../db/create-database';

const STATE_ID = 'query-reference-issuer';

interface IssuerState {
  deviceCode: string;
  /** Year → the last sequence number issued on this laptop. */
  lastSequence: Record<string, number>;
}

export class QueryReferenceIssuer {
  constructor(
    private readonly db: QuorumDatabase,
    private readonly random?: () => number,
  ) {}

  /** Device codes in the references this laptop holds, its own excepted. */
  private async codesInUse(except?: string): Promise<Set<string>> {
    const docs = await this.db.queries.find().exec();
    const codes = deviceCodesIn(docs.map((doc) => doc.reference));
    if (except) codes.delete(except);
    return codes;
  }

  private async state(): Promise<IssuerState> {
    const doc = await this.db.getLocal<IssuerState>(STATE_ID);
    if (doc) return doc.toJSON().data;
    const deviceCode = chooseDeviceCode(await this.codesInUse(), this.random);
    try {
      const created = await this.db.insertLocal<IssuerState>(STATE_ID, { deviceCode, lastSequence: {} });
      return created.toJSON().data;
    } catch {
      // Another window created it first: use that one.
      const other = await this.db.getLocal<IssuerState>(STATE_ID);
      if (!other) throw new Error('The reference number counter could not be set up.');
      return other.toJSON().data;
    }
  }

  /** This laptop's code, chosen now if it has none yet. */
  async deviceCode(): Promise<string> {
    return (await this.state()).deviceCode;
  }

  watchDeviceCode(): Observable<string | null> {
    return this.db.getLocal$<IssuerState>(STATE_ID).pipe(map((doc) => (doc ? doc.toJSON().data.deviceCode : null)));
  }

  /** IT assigns a code by hand; refused if another laptop's references use it. */
  async setDeviceCode(typed: string): Promise<string> {
    const current = await this.state();
    const code = normalizeDeviceCode(typed);
    const problem = deviceCodeProblem(code, await this.codesInUse(current.deviceCode));
    if (problem) throw new RecordValidationError('Reference code', { deviceCode: problem });
    const doc = await this.db.getLocal<IssuerState>(STATE_ID);
    // Numbers restart for the new code: references with it cannot exist yet.
    await doc?.incrementalModify((data) => ({ ...data, deviceCode: code, lastSequence: code === data.deviceCode ? data.lastSequence : {} }));
    return code;
  }

  /** The next reference for `year`, never one already stored. */
  async issue(year: number): Promise<string> {
    await this.state();
    for (;;) {
      const doc = await this.db.getLocal<IssuerState>(STATE_ID);
      if (!doc) throw new Error('The reference number counter is missing.');
      let issued: IssuerState | undefined;
      await doc.incrementalModify((data) => {
        const last = data.lastSequence[String(year)] ?? 0;
        issued = { ...data, lastSequence: { ...data.lastSequence, [String(year)]: last + 1 } };
        return issued;
      });
      if (!issued) throw new Error('The reference number counter could not be advanced.');
      const reference = formatQueryReference({ year, sequence: issued.lastSequence[String(year)] ?? 1, deviceCode: issued.deviceCode });
      // A laptop reinstalled with its old code (set by hand) skips numbers it issued before.
      const taken = await this.db.queries.findOne({ selector: { reference } }).exec();
      if (!taken) return reference;
    }
  }
}
