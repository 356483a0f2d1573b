/**
 * This device's profile: the name of the person who uses it and a random device id. Kept as
 * an RxDB local document, which stays on the device and is never replicated.
 */
import { map, type Observable } from 'rxjs';
import { newId } from '@shared/domain/ids';
import type { QuorumDatabase } from './create-database';

export interface DeviceProfile {
  userName: string;
  deviceId: string;
}

const PROFILE_ID = 'device-profile';
const MAX_NAME = 120;

export class ProfileValidationError extends Error {}

export class DeviceProfileStore {
  constructor(private readonly db: QuorumDatabase) {}

  async get(): Promise<DeviceProfile | null> {
    const doc = await this.db.getLocal<DeviceProfile>(PROFILE_ID);
    return doc ? doc.toJSON().data : null;
  }

  watch(): Observable<DeviceProfile | null> {
    return this.db.getLocal$<DeviceProfile>(PROFILE_ID).pipe(map((doc) => (doc ? doc.toJSON().data : null)));
  }

  async setUserName(name: string): Promise<DeviceProfile> {
    const userName = name.trim();
    if (!userName) throw new ProfileValidationError('Enter your name: it is recorded with every change you make.');
    if (userName.length > MAX_NAME) throw new ProfileValidationError(`Your name may be at most ${MAX_NAME} characters.`);
    const current = await this.get();
    const profile: DeviceProfile = { userName, deviceId: current?.deviceId ?? newId().slice(0, 8) };
    await this.db.upsertLocal<DeviceProfile>(PROFILE_ID, profile);
    return profile;
  }
}
