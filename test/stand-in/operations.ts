// Finds the operation of GitHub's REST description that a method and path address.
import { description, resolveRef, type OperationObject, type ParameterObject } from './description.ts';

export interface Operation {
  id: string;
  method: string;
  template: string;
  parameters: ParameterObject[];
  spec: OperationObject;
}

export interface OperationMatch {
  operation: Operation;
  /** path parameters, percent-decoded */
  params: Record<string, string>;
}

interface CompiledTemplate {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
}

// Parameters that hold a path or a ref and may span slashes when they close the template (contents/{path}, compare/{basehead}).
const GREEDY_PARAMETERS = new Set(['path', 'ref', 'basehead']);

let byMethod: Map<string, CompiledTemplate[]> | undefined;

function compileTemplates(): Map<string, CompiledTemplate[]> {
  const map = new Map<string, CompiledTemplate[]>();
  for (const [template, item] of Object.entries(description().paths)) {
    for (const [method, spec] of Object.entries(item)) {
      if (!spec || typeof spec !== 'object' || !('operationId' in spec)) continue;
      const names: string[] = [];
      const segments = template.split('/').slice(1);
      const source = segments
        .map((segment, index) => {
          const parameter = /^\{([^}]+)\}$/.exec(segment);
          if (!parameter?.[1])
            return escapeRegExp(segment).replace(/\\\{([^}]+)\\\}/g, (_, name: string) => (names.push(name), '([^/]+?)'));
          names.push(parameter[1]);
          return index === segments.length - 1 && GREEDY_PARAMETERS.has(parameter[1]) ? '(.+)' : '([^/]+)';
        })
        .join('/');
      const parameters = (spec.parameters ?? []).map((p) => ('$ref' in p ? resolveRef<ParameterObject>(p.$ref) : p));
      const operation: Operation = { id: spec.operationId, method: method.toUpperCase(), template, parameters, spec };
      const list = map.get(operation.method) ?? [];
      list.push({
        operation,
        pattern: new RegExp(`^/${source}$`),
        names,
        literalSegments: segments.filter((s) => !s.includes('{')).length,
      });
      map.set(operation.method, list);
    }
  }
  // the most literal template wins: /commits/{ref}/check-runs before /commits/{ref}
  for (const list of map.values()) list.sort((a, b) => b.literalSegments - a.literalSegments);
  return map;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The operation for `method path`, `'method-not-allowed'` when the path exists under other methods, or undefined. */
export function findOperation(method: string, path: string): OperationMatch | 'method-not-allowed' | undefined {
  byMethod ??= compileTemplates();
  for (const candidate of byMethod.get(method.toUpperCase()) ?? []) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1] ?? '');
    });
    return { operation: candidate.operation, params };
  }
  for (const [other, list] of byMethod) {
    if (other !== method.toUpperCase() && list.some((candidate) => candidate.pattern.test(path))) return 'method-not-allowed';
  }
  return undefined;
}

/** The operation with this id, e.g. `issues/create-comment`. */
export function operationById(id: string): Operation {
  byMethod ??= compileTemplates();
  for (const list of byMethod.values()) {
    const found = list.find((candidate) => candidate.operation.id === id);
    if (found) return found.operation;
  }
  throw new Error(`no operation ${id} in GitHub's REST description`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
