import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** An export's files by their path inside the package (forward slashes). */
export type ExportFiles = ReadonlyMap<string, Uint8Array>;

/** Reads an export from its ZIP or from the directory it was unzipped into. */
export async function readExport(location: string): Promise<ExportFiles> {
  const info = await stat(location);
  if (info.isDirectory()) {
    return readDirectory(location);
  }
  return unzipExport(await readFile(location));
}

export function unzipExport(zip: Uint8Array): ExportFiles {
  const entries = unzipSync(zip);
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

async function readDirectory(root: string): Promise<ExportFiles> {
  const files = new Map<string, Uint8Array>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile()) {
      const absolute = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, absolute).split(path.sep).join('/'), await readFile(absolute));
    }
  }
  return files;
}
