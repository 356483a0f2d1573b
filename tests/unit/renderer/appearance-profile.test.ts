import { afterEach, describe, expect, it } from 'vitest';
import { ProfileValidationError } from '../../../renderer/src/db/device-profile';
import { createTestData, type TestData } from '../support/test-database';

describe('Settings → Appearance, kept in the device profile', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  it('keeps the theme and the row density with the rest of the profile', async () => {
    data = await createTestData();
    await data.repos.profile.setUserName('Thuli');
    await data.repos.profile.setAppearance({ colourMode: 'dark', density: 'compact' });
    const profile = await data.repos.profile.get();
    expect(profile?.appearance).toEqual({ colourMode: 'dark', density: 'compact' });
    expect(profile?.userName).toBe('Thuli');
    // Changing the name later keeps the look.
    await data.repos.profile.setUserName('Thuli M');
    expect((await data.repos.profile.get())?.appearance).toEqual({ colourMode: 'dark', density: 'compact' });
  });

  it('refuses a choice that is not on the list, changing nothing', async () => {
    data = await createTestData();
    await data.repos.profile.setUserName('Thuli');
    await expect(data.repos.profile.setAppearance({ colourMode: 'purple' as never, density: 'compact' })).rejects.toBeInstanceOf(ProfileValidationError);
    await expect(data.repos.profile.setAppearance({ colourMode: 'light', density: 'tiny' as never })).rejects.toBeInstanceOf(ProfileValidationError);
    expect((await data.repos.profile.get())?.appearance).toBeUndefined();
  });
});
