/**
 * The label of an entry name read from an archive: '/'-separated, without a leading '/' or './',
 * without empty or '.' segments. '..' stays as text: names come from untrusted input and are never
 * resolved against a disk, only shown to people.
 */
export function normalizeEntryName(name: string): string {
  return name.split('/').filter((part) => part !== '' && part !== '.').join('/');
}

/** The path of an entry inside a nested archive: `outer/path.tgz!/inner/path`. */
export function nestedPrefix(archivePath: string): string {
  return `${archivePath}!/`;
}
