/** The report of `thuatngu check --format json` on one example, with a repository-relative path. */
import { join, relative } from 'node:path';
import { run } from './cli/run.js';

export const root = join(import.meta.dirname, '..');

export async function exampleReport(name: string): Promise<Array<{ filePath: string; messages: Array<Record<string, unknown>> }>> {
  const r = await run(['check', join('examples', name), '--format', 'json'], { cwd: root, env: { LANG: 'en_US.UTF-8' } });
  if (r.code === 2) throw new Error(r.stderr);
  const report = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
  return report.map((file) => ({ ...file, filePath: relative(root, file.filePath).split('\\').join('/') }));
}
