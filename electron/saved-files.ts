/**
 * Paths of files the person saved through a native dialog, behind opaque ids. The renderer only
 * ever holds an id, so it cannot name a path of its own choosing; the main process acts only on
 * paths it handed out itself.
 */
import { randomUUID } from 'node:crypto';

export class SavedFiles {
  private readonly paths = new Map<string, string>();

  remember(filePath: string): string {
    const id = randomUUID();
    this.paths.set(id, filePath);
    return id;
  }

  /** The path behind an id, or null for an id this process never handed out. */
  pathOf(id: string): string | null {
    return this.paths.get(id) ?? null;
  }
}
