/** Shared by the benchmark's child scripts: the Markdown files under the given paths, sorted. */
import fs from 'node:fs';
import path from 'node:path';

export function markdownFiles(paths) {
  const found = [];
  const visit = (p) => {
    if (fs.statSync(p).isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else if (/\.(md|markdown)$/i.test(p)) {
      found.push(p);
    }
  };
  for (const p of paths) visit(p);
  return found;
}
