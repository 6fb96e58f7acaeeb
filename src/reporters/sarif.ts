/**
 * SARIF 2.1.0 output, for code scanning (GitHub and other SARIF viewers): one run, the rules that
 * fired as `tool.driver.rules`, one result per message with its region, its fix and the concept.
 */
import type { FileResult, Message, Severity } from '../types.js';
import { createTranslator, type Translate } from '../messages/i18n.js';
import {
  isAbsolutePath,
  messageText,
  pathToFileUri,
  pathToUriReference,
  relativePath,
  type ReporterOptions,
} from './shared.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** The base id that result URIs are relative to; viewers resolve it to the checked-out tree. */
export const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

interface Text {
  text: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRule {
  id: string;
  shortDescription: Text;
  helpUri?: string;
  defaultConfiguration: { level: Level };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: Text;
  locations: Array<{
    physicalLocation: {
      artifactLocation: ArtifactLocation;
      region: {
        startLine: number;
        startColumn: number;
        endLine: number;
        endColumn: number;
        charOffset: number;
        charLength: number;
      };
    };
  }>;
  fixes?: Array<{
    description: Text;
    artifactChanges: Array<{
      artifactLocation: ArtifactLocation;
      replacements: Array<{
        deletedRegion: { charOffset: number; charLength: number };
        insertedContent: Text;
      }>;
    }>;
  }>;
  properties: { conceptId?: string; actual: string; expected: string[] };
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version?: string;
        informationUri?: string;
        shortDescription: Text;
        rules: SarifRule[];
      };
    };
    language: string;
    columnKind: 'utf16CodeUnits';
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: SarifResult[];
  }>;
}

function artifactLocation(filePath: string, cwd: string | undefined): ArtifactLocation {
  const relative = relativePath(filePath, cwd);
  // Outside any base (no cwd, or another drive): an absolute file URI needs no base id.
  if (isAbsolutePath(relative)) return { uri: pathToFileUri(relative) };
  return { uri: pathToUriReference(relative), uriBaseId: SRCROOT };
}

function buildRules(results: FileResult[], options: ReporterOptions, t: Translate): SarifRule[] {
  const firstSeen = new Map<string, Message>();
  for (const r of results) for (const m of r.messages) if (!firstSeen.has(m.ruleId)) firstSeen.set(m.ruleId, m);
  return [...firstSeen.keys()].sort().map((id) => {
    const meta = options.rules?.[id];
    const seen = firstSeen.get(id)!;
    const helpUri = meta?.url ?? seen.url;
    return {
      id,
      shortDescription: { text: meta?.description ?? t('reporters:sarif.ruleFallback', { ruleId: id }) },
      ...(helpUri !== undefined && { helpUri }),
      defaultConfiguration: { level: LEVEL[meta?.severity ?? seen.severity] },
    };
  });
}

function buildResult(m: Message, location: ArtifactLocation, ruleIndex: number, t: Translate): SarifResult {
  const { start, end } = m.place;
  const result: SarifResult = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: messageText(m) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...location },
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            charOffset: start.offset,
            charLength: end.offset - start.offset,
          },
        },
      },
    ],
    properties: {
      ...(m.conceptId !== undefined && { conceptId: m.conceptId }),
      actual: m.actual,
      expected: m.expected,
    },
  };
  if (m.fix) {
    const [from, to] = m.fix.range;
    result.fixes = [
      {
        description: {
          text: m.fix.text === '' ? t('reporters:sarif.fixDelete') : t('reporters:sarif.fixReplace', { text: m.fix.text }),
        },
        artifactChanges: [
          {
            artifactLocation: { ...location },
            replacements: [{ deletedRegion: { charOffset: from, charLength: to - from }, insertedContent: { text: m.fix.text } }],
          },
        ],
      },
    ];
  }
  return result;
}

export function buildSarif(results: FileResult[], options: ReporterOptions): SarifLog {
  const t = createTranslator(options.lang);
  const rules = buildRules(results, options, t);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: SarifResult[] = [];
  for (const r of results) {
    const location = artifactLocation(r.filePath, options.cwd);
    for (const m of r.messages) sarifResults.push(buildResult(m, location, index.get(m.ruleId)!, t));
  }

  const driver: SarifLog['runs'][number]['tool']['driver'] = {
    name: 'thuatngu',
    ...(options.toolVersion !== undefined && { version: options.toolVersion }),
    ...(options.informationUri !== undefined && { informationUri: options.informationUri }),
    shortDescription: { text: t('reporters:sarif.toolDescription') },
    rules,
  };

  const run: SarifLog['runs'][number] = {
    tool: { driver },
    language: options.lang,
    columnKind: 'utf16CodeUnits',
    results: sarifResults,
  };
  if (options.cwd && isAbsolutePath(options.cwd)) {
    run.originalUriBaseIds = { [SRCROOT]: { uri: pathToFileUri(options.cwd, true) } };
  }
  return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs: [run] };
}

export function formatSarif(results: FileResult[], options: ReporterOptions): string {
  return JSON.stringify(buildSarif(results, options), null, 2);
}
