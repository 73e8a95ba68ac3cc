import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { headers?: Record<string, { required?: boolean; schema?: Json }>; content?: Record<string, { schema?: Json }> }>;
}
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text?: string;
}

// ajv-formats is CommonJS: under native ESM its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv,
) => Ajv;

const DOCUMENT_ID = 'openapi.json';

/**
 * OpenAPI 3.0 schemas are JSON Schema with a few differences: `$ref` into the document's components (made absolute
 * here), boolean `exclusiveMinimum`/`exclusiveMaximum` (draft 4 style), and `nullable`, which Ajv understands as is.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'example' || key === 'examples' ? value : toJsonSchema(value);
  if (typeof out.$ref === 'string' && out.$ref.startsWith('#/')) out.$ref = `${DOCUMENT_ID}${out.$ref}`;
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true) out[flag] = out[bound];
    else delete out[flag];
    if (out[flag] !== undefined) delete out[bound];
  }
  return out;
}

/** Checks real answers against the published document: status, media type, body and headers of the operation. */
export class OpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: { method: string; pattern: RegExp; literal: number; operation: Operation; path: string }[] = [];
  private readonly compiled = new Map<Json, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: toJsonSchema((document as { components?: unknown }).components ?? {}) } as Json);
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const segments = path.split('/');
        const pattern = new RegExp(`^${segments.map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
        this.routes.push({ method: method.toUpperCase(), pattern, literal: segments.filter((s) => !s.startsWith('{')).length, operation, path });
      }
    }
    // The most literal template wins: /api/dashboards/sla/alerts before a templated sibling.
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** What is wrong with this answer to `method url`, or an empty list. */
  check(method: string, url: string, answer: Answer): string[] {
    const { pathname } = new URL(url, 'http://localhost');
    const route = this.routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname));
    if (!route) {
      // Outside the document: the dashboard, /metrics, /docs, and the framework's answers to unknown routes.
      return pathname.startsWith('/api/') && answer.status < 300 ? [`${method} ${pathname} answered ${answer.status} but is not in the document`] : [];
    }
    const where = `${method.toUpperCase()} ${route.path} → ${answer.status}`;
    const response = route.operation.responses[String(answer.status)] ?? route.operation.responses.default;
    if (!response) return [`${where}: the document lists no ${answer.status} (${Object.keys(route.operation.responses).join(', ')}); body ${JSON.stringify(answer.body).slice(0, 300)}`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = answer.headers[name.toLowerCase()];
      if (value === undefined) {
        if (header.required) problems.push(`${where}: header ${name} is missing`);
        continue;
      }
      if (header.schema && !this.validator(header.schema)(value)) problems.push(`${where}: header ${name}: ${this.ajv.errorsText(this.validator(header.schema).errors)}`);
    }
    if (response.content) {
      const mediaType = String(answer.headers['content-type'] ?? '').split(';')[0]!.trim();
      const media = response.content[mediaType];
      if (!media) problems.push(`${where}: content type ${mediaType || 'none'}, documented ${Object.keys(response.content).join(', ')}`);
      else if (media.schema) {
        const validate = this.validator(media.schema);
        if (!validate(answer.body)) problems.push(`${where}: body ${this.ajv.errorsText(validate.errors)}: ${JSON.stringify(answer.body).slice(0, 500)}`);
      }
    }
    return problems;
  }

  private validator(schema: Json): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(schema, validate);
    }
    return validate;
  }
}
