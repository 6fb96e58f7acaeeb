import * as realFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, chmod, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Wrap the fs functions that writeFileAtomic uses, so that a test can make one of them fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

const { writeFileAtomic } = await import('../../src/cli/write.js');
const mocked = realFs as unknown as { open: ReturnType<typeof vi.fn>; rename: ReturnType<typeof vi.fn> };

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thuatngu-write-'));
});

afterEach(async () => {
  vi.clearAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const file = join(dir, 'bài viết.md');
    await writeFile(file, 'old text\r\n');
    await chmod(file, 0o640);
    await writeFileAtomic(file, '\uFEFFnew text: Ủy ban\r\n');
    expect(await readFile(file, 'utf8')).toBe('\uFEFFnew text: Ủy ban\r\n');
    expect((await stat(file)).mode & 0o7777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['bài viết.md']);
  });

  it('keeps other modes too, executable bits included', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'x');
    await chmod(file, 0o755);
    await writeFileAtomic(file, 'y');
    expect((await stat(file)).mode & 0o7777).toBe(0o755);
  });

  it('creates a file that did not exist', async () => {
    const file = join(dir, 'new.md');
    await writeFileAtomic(file, 'hello');
    expect(await readFile(file, 'utf8')).toBe('hello');
    expect(await readdir(dir)).toEqual(['new.md']);
  });

  it('writes through a symlink to the file it points to', async () => {
    const real = join(dir, 'real.md');
    const link = join(dir, 'link.md');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['link.md', 'real.md']);
  });

  it('leaves the original untouched and removes the temporary file when the rename fails', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'original');
    mocked.rename.mockRejectedValueOnce(Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' }));
    await expect(writeFileAtomic(file, 'replacement')).rejects.toThrow('EXDEV: simulated');
    expect(await readFile(file, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('leaves the original untouched and removes the temporary file when writing fails', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'original');
    const actualOpen = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).open;
    mocked.open.mockImplementationOnce(async (...args: Parameters<typeof actualOpen>) => {
      const handle = await actualOpen(...args);
      // The first bytes reach the disk, then the disk is full.
      handle.writeFile = async (data: unknown) => {
        await handle.write(String(data).slice(0, 3));
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await expect(writeFileAtomic(file, 'replacement')).rejects.toThrow('ENOSPC: simulated');
    expect(mocked.open).toHaveBeenCalled();
    expect(await readFile(file, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives concurrent writers distinct temporary files', async () => {
    const file = join(dir, 'a.md');
    await writeFile(file, 'start');
    const texts = Array.from({ length: 8 }, (_, i) => `version ${i}`);
    await Promise.all(texts.map((t) => writeFileAtomic(file, t)));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});
