/**
 * Writing a fixed file so that a crash, a full disk or a kill never leaves it half written: the
 * new text goes to a temporary file beside the target, is flushed to disk, and is renamed over
 * the target in one step. The target keeps its permission bits; a symlink keeps pointing where
 * it did (the file it points to is replaced).
 */
import { chmod, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** The real file behind `path` (following symlinks), or `path` itself when it does not exist yet. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (isNotFound(error)) return path;
    throw error;
  }
}

/** The permission bits of `path`, or undefined when it does not exist yet. */
async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Flush a folder's entries (the rename) to disk where the platform allows it. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not possible everywhere (Windows cannot open a folder); the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const target = await resolveTarget(path);
  const mode = await modeOf(target);
  const folder = dirname(target);
  // node:crypto is loaded here, when a file is written, not by every run (~5 ms to import).
  const { randomBytes } = await import('node:crypto');
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

  let handle: FileHandle | undefined;
  try {
    // 'wx': fail rather than reuse a file that happens to have the same name.
    handle = await open(temp, 'wx', mode ?? 0o666);
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    // open() applied the umask; give the new file exactly the old file's bits.
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}
