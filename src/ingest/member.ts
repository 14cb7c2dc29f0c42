import type { Body } from './body.js';
import type { EntryType } from './types.js';

/** One entry as a container reader (tar, zip, directory) sees it, before it is labelled and expanded. */
export interface Member {
  /** The name as stored: untrusted, not normalised. */
  name: string;
  type: EntryType;
  size: number | null;
  mtime?: Date;
  linkTarget?: string;
  /** The content (empty for anything but files). The expander finishes it before the next member. */
  body: Body;
  /**
   * Damage to this member's content leaves the members after it readable (zip members and files of
   * a directory are read at their own offsets); in a tar stream it ends the archive.
   */
  independent: boolean;
}
