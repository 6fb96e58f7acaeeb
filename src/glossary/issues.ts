/**
 * A problem found in a glossary file: where it is and what to do, as data (messageId + data) so
 * that the CLI renders it in the user's language (glossary namespace of the catalogs).
 */
export interface GlossaryIssue {
  file: string;
  line: number;
  column: number;
  messageId: string;
  data: Record<string, string | number>;
}

export class GlossaryError extends Error {
  constructor(readonly issues: GlossaryIssue[]) {
    const first = issues[0];
    super(first ? `${first.file}:${first.line}:${first.column} ${first.messageId}` : 'glossary error');
    this.name = 'GlossaryError';
  }
}
