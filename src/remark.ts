/**
 * remarkThuatngu: thuatngu as a unified plugin, so it runs inside an existing remark pipeline
 * (remark-cli, remark-lint setups, MDX toolchains). Each finding becomes a vfile message with
 * `ruleId`, `source: 'thuatngu'`, `place`, `actual`, `expected` and `url`, as remark-lint's do.
 */
import type { VFile } from 'vfile';
import { check, type CheckOptions } from './check.js';

export type RemarkThuatnguOptions = Omit<CheckOptions, 'format' | 'filePath'>;

export function remarkThuatngu(options: RemarkThuatnguOptions = {}) {
  return (_tree: unknown, file: VFile): void => {
    const result = check(String(file.value ?? ''), { ...options, format: 'markdown', filePath: file.path ?? '<text>' });
    for (const m of result.messages) {
      const message = file.message(m.message ?? m.messageId, {
        place: m.place,
        ruleId: m.ruleId,
        source: 'thuatngu',
      });
      message.actual = m.actual;
      message.expected = m.expected;
      message.url = m.url;
      if (m.note) message.note = m.note;
      // vfile: fatal true = error, false = warning, undefined = info.
      message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
    }
  };
}
