// A scanned JSON document in the shape src/yaml.ts validates, so that every format reader places its findings the
// same way whether its file was YAML or JSON.
import type { ParsedYaml, PathKey } from '../../common/yaml.ts';
import { setMember } from './parse.ts';
import type { TopLevelScan } from './scan.ts';

export function scannedDocument(scan: TopLevelScan, file: string, options: { lines: boolean }): ParsedYaml {
  const value: Record<string, unknown> = {};
  for (const [key, member] of scan.values) setMember(value, key, member);
  return {
    value,
    findings: [],
    locate(path: readonly PathKey[]) {
      const line = options.lines ? scan.lines.line(path) : undefined;
      return line === undefined ? { file } : { file, line };
    },
  };
}
