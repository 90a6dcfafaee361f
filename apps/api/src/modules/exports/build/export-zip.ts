import { zipSync, type Zippable } from 'fflate';

/** A fixed timestamp for every entry, so the same files always make the same ZIP bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/** Files → ZIP (deflate level 6; manifest first, then paths in byte order). */
export function zipFiles(files: ReadonlyMap<string, Buffer>): Buffer {
  const entries: Zippable = {};
  const paths = [...files.keys()].sort((a, b) =>
    a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const path of paths) {
    entries[path] = [new Uint8Array(files.get(path)!), { level: 6, mtime: ENTRY_TIME }];
  }
  return Buffer.from(zipSync(entries));
}
