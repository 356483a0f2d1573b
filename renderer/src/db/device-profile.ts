/**
 * This device's profile: the name of the person who uses it, which official they are (their
 * "My queries" follows that official's record), and a random device id. Kept as an RxDB local
 * document, which stays on the device and is never replicated: a laptop is one person's.
 */
import { map, type Observable } from 'rxjs';
import { newId } from '@shared/domain/ids';
import type { SetupChecklistChoice } from '@shared/domain/setup-checklist';
import { COLOUR_MODE_CHOICES, DENSITIES, type ColourModeChoice, type Density } from '../app/design-tokens';
import type { QuorumDatabase } from './create-database';

export interface DeviceProfile {
  userName: string;
  deviceId: string;
  /** The official (member id) the person is, chosen in Settings → General; absent until chosen. */
  officialId?: string;
  /** Whether the dashboard shows the setup checklist (shared/domain/setup-checklist.ts); 'auto' when absent. */
  setupChecklist?: SetupChecklistChoice;
  /** Settings → Appearance: light, dark or the system's theme, and the table row density; defaults when absent. */
  appearance?: Appearance;
}

export interface Appearance {
  colourMode: ColourModeChoice;
  density: Density;
}

export const DEFAULT_APPEARANCE: Appearance = { colourMode: 'system', density: 'comfortable' };

const PROFILE_ID = 'device-profile';
/** The longest name recorded beside a change. */
export const USER_NAME_MAX = 120;

export class ProfileValidationError extends Error {}

/** What is wrong with a name typed as the person's, or null: the store and the form say the same. */
export function userNameProblem(name: string): string | null {
  const userName = name.trim();
  if (!userName) return 'Enter your name: it is recorded with every change you make.';
  if (userName.length > USER_NAME_MAX) return `Your name may be at most ${USER_NAME_MAX} characters.`;
  return null;
}

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
    const problem = userNameProblem(userName);
    if (problem) throw new ProfileValidationError(problem);
    const current = await this.get();
    const profile: DeviceProfile = { ...current, userName, deviceId: current?.deviceId ?? newId().slice(0, 8) };
    await this.db.upsertLocal<DeviceProfile>(PROFILE_ID, profile);
    return profile;
  }

  /** Hides the setup checklist, or shows it again, on this device (nothing to do before a name is saved). */
  async setSetupChecklist(choice: SetupChecklistChoice): Promise<void> {
    const current = await this.get();
    if (!current) return;
    await this.db.upsertLocal<DeviceProfile>(PROFILE_ID, { ...current, setupChecklist: choice });
  }

  /** The theme and the row density on this laptop (nothing to do before a name is saved). */
  async setAppearance(appearance: Appearance): Promise<void> {
    if (!COLOUR_MODE_CHOICES.includes(appearance.colourMode)) throw new ProfileValidationError('Choose System, Light or Dark.');
    if (!DENSITIES.includes(appearance.density)) throw new ProfileValidationError('Choose Comfortable or Compact.');
    const current = await this.get();
    if (!current) throw new ProfileValidationError('Enter your name first.');
    await this.db.upsertLocal<DeviceProfile>(PROFILE_ID, { ...current, appearance: { colourMode: appearance.colourMode, density: appearance.density } });
  }

  /** Which official the person on this device is ('' for none): "My queries" lists that official's. */
  async setOfficial(officialId: string): Promise<DeviceProfile> {
    const current = await this.get();
    if (!current) throw new ProfileValidationError('Enter your name first.');
    if (officialId) {
      const official = await this.db.members.findOne(officialId).exec();
      if (!official || official.kind !== 'official') throw new ProfileValidationError('Choose one of the officials on the list.');
    }
    const { officialId: _previous, ...rest } = current;
    const profile: DeviceProfile = officialId ? { ...rest, officialId } : rest;
    await this.db.upsertLocal<DeviceProfile>(PROFILE_ID, profile);
    return profile;
  }
}
