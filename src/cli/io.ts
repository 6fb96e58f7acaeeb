/**
 * What a CLI command may touch: output streams, environment, working directory. Passed in, so
 * that tests run commands in-process and read what they printed.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout is a terminal (stylish output and colours). */
  isTTY: boolean;
}

/** A mistake in how the command was called: exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(messageId);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
