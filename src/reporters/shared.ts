/**
 * What every reporter shares: its options, its signature, and the path and text helpers.
 * Pure string work (no node:path), so the reporters run in a browser too (DESIGN.md §1).
 */
import type { FileResult, Message, Severity } from '../types.js';
import type { Lang } from '../messages/i18n.js';

/** Metadata about one rule, as the rule registry knows it. */
export interface RuleMeta {
  description?: string;
  url?: string;
  severity?: Severity;
}

export interface ReporterOptions {
  /** The language of the reporter's own framing (messages arrive already rendered). */
  lang: Lang;
  /** Paths are shown, and SARIF URIs are made, relative to this folder. */
  cwd?: string;
  /** ANSI colours (stylish only). */
  color?: boolean;
  /** The package version, for SARIF `tool.driver.version`. */
  toolVersion?: string;
  /** The project's home page, for SARIF `tool.driver.informationUri`. */
  informationUri?: string;
  /** Rule metadata by rule id, for SARIF `tool.driver.rules`. */
  rules?: Record<string, RuleMeta>;
}

export type Reporter = (results: FileResult[], options: ReporterOptions) => string;

/** The rendered text of a message; the message id when the engine left it unrendered. */
export function messageText(message: Message): string {
  return message.message ?? message.messageId;
}

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;

function isWindowsStyle(path: string): boolean {
  return WINDOWS_ABSOLUTE.test(path) || path.startsWith('\\\\');
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || WINDOWS_ABSOLUTE.test(path);
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/**
 * `filePath` relative to `cwd`, with forward slashes. A relative `filePath` is taken as already
 * relative to `cwd`; a path on another Windows drive stays absolute. Backslashes are separators
 * only in Windows-style paths (on POSIX they are legal file-name characters).
 */
export function relativePath(filePath: string, cwd?: string): string {
  const windows = isWindowsStyle(filePath) || (cwd !== undefined && isWindowsStyle(cwd));
  const file = windows ? filePath.replace(/\\/g, '/') : filePath;
  if (!isAbsolute(file)) return segments(file).join('/') || '.';
  if (cwd === undefined || cwd === '') return file;
  const base = windows ? cwd.replace(/\\/g, '/') : cwd;
  if (!isAbsolute(base)) return file;
  const from = segments(base);
  const to = segments(file);
  const same = (a: string, b: string): boolean => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  // Absolute POSIX paths share the root "/" even with no common segment; Windows drives must match.
  if (windows && (from.length === 0 || to.length === 0 || !same(from[0]!, to[0]!))) return file;
  let common = 0;
  while (common < from.length && common < to.length && same(from[common]!, to[common]!)) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].join('/') || '.';
}

/** A path with `/` separators as a URI reference: each segment percent-encoded. */
export function pathToUriReference(path: string): string {
  return path
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
}

/** An absolute path (POSIX or Windows) as a `file:` URI; `folder` adds the trailing slash. */
export function pathToFileUri(path: string, folder = false): string {
  const windows = isWindowsStyle(path);
  const forward = windows ? path.replace(/\\/g, '/') : path;
  let uri: string;
  if (WINDOWS_ABSOLUTE.test(forward)) {
    const drive = forward.slice(0, 2);
    uri = `file:///${drive}/${pathToUriReference(segments(forward.slice(2)).join('/'))}`;
  } else if (forward.startsWith('//')) {
    // UNC path: //server/share/…
    uri = `file://${pathToUriReference(segments(forward).join('/'))}`;
  } else {
    uri = `file:///${pathToUriReference(segments(forward).join('/'))}`;
  }
  if (folder && !uri.endsWith('/')) uri += '/';
  return uri;
}

/** True for an absolute path in either style. */
export function isAbsolutePath(path: string): boolean {
  return isAbsolute(isWindowsStyle(path) ? path.replace(/\\/g, '/') : path);
}
