import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => item.label ?? item.role ?? '');
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate('win32', 'Quorum', { about: vi.fn() }, false);
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('puts About in the app menu on macOS', () => {
    const about = vi.fn();
    const template = buildMenuTemplate('darwin', 'Quorum', { about }, false);
    expect(template[0]?.label).toBe('Quorum');
    const item = (template[0]?.submenu as MenuItemConstructorOptions[])[0];
    expect(item?.label).toBe('About Quorum');
    (item?.click as () => void)();
    expect(about).toHaveBeenCalled();
  });

  it('offers developer tools only in development', () => {
    const view = (dev: boolean) =>
      (buildMenuTemplate('linux', 'Quorum', { about: vi.fn() }, dev)[2]?.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
    expect(view(false)).not.toContain('toggleDevTools');
    expect(view(true)).toContain('toggleDevTools');
  });
});
