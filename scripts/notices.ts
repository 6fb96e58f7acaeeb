/**
 * An esbuild plugin for tsup.config.ts: after a build, list every npm package whose code went into
 * the bundles, with its version, licence and licence text, in dist/THIRD_PARTY_NOTICES.md. The
 * licences of the bundled packages (MIT, ISC, Apache-2.0, …) ask that their notices travel with
 * copies of the code. Both builds share one list, so the file covers the library and the CLI.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

interface PackageNotice {
  name: string;
  version: string;
  license: string;
  text: string;
}

const found = new Map<string, PackageNotice>();

/** The package folder of a bundled input path: node_modules/<name> or node_modules/@scope/<name>. */
function packageDir(input: string): string | undefined {
  const m = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return m?.[1];
}

function noticeOf(dir: string): PackageNotice | undefined {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string; license?: string };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i.test(f));
  return {
    name: pkg.name ?? dir,
    version: pkg.version ?? '',
    license: pkg.license ?? 'see text',
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : '(no licence file in the package)',
  };
}

export function notices(outFile = 'dist/THIRD_PARTY_NOTICES.md'): Plugin {
  return {
    name: 'third-party-notices',
    setup(build) {
      build.onEnd((result) => {
        for (const input of Object.keys(result.metafile?.inputs ?? {})) {
          const dir = packageDir(input);
          if (!dir || found.has(dir)) continue;
          const notice = noticeOf(dir);
          if (notice) found.set(dir, notice);
        }
        const list = [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
        const body = list.map((p) => `## ${p.name} ${p.version} (${p.license})\n\n\`\`\`\n${p.text}\n\`\`\`\n`).join('\n');
        mkdirSync(dirname(outFile), { recursive: true });
        writeFileSync(
          outFile,
          `# Third-party notices\n\nThe files in dist/ bundle code from these npm packages (${list.length}), under their own licences:\n\n${body}`,
        );
      });
    },
  };
}
