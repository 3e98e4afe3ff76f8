import type { FastifyError, FastifyRequest } from 'fastify';

/** One refused field of a request: its public name (the CLI flag's name), what is wrong, what is accepted. */
export interface FieldProblem {
  field: string;
  detail: string;
  /** The values or form the field takes, in plain words. */
  accepted?: string;
}

interface PropertySchema {
  type?: string;
  properties?: Record<string, PropertySchema>;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  description?: string;
}

interface ObjectSchema {
  properties?: Record<string, PropertySchema>;
}

/** An ajv error as Fastify hands it over (`error.validation`). */
interface ValidationItem {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What a field accepts, in words, from its JSON schema. */
export function acceptedValues(schema: PropertySchema | undefined): string | undefined {
  if (!schema) return undefined;
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? ` from ${schema.minimum} to ${schema.maximum}`
      : schema.minimum !== undefined
        ? ` of at least ${schema.minimum}`
        : '';
  if (schema.type === 'integer') return `a whole number${range}`;
  if (schema.type === 'number') return `a number${range}, such as ${schema.maximum === 1 ? '0.7' : '2'}`;
  if (schema.type === 'boolean') return 'true or false';
  if (schema.description) return schema.description;
  if (schema.maxLength !== undefined) return `text of at most ${schema.maxLength} characters`;
  return undefined;
}

/** The schema and the given value at a path of nested properties (`filter.quad`). */
function at(
  schema: PropertySchema | undefined,
  value: unknown,
  segments: string[],
): { schema: PropertySchema | undefined; value: unknown; present: boolean } {
  let present = true;
  for (const segment of segments) {
    schema = schema?.properties?.[segment];
    const container = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    present = segment in container;
    value = container[segment];
  }
  return { schema, value, present };
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The request part a validation error is about (`querystring`, `body`, `params`). */
function requestPart(request: FastifyRequest, context: string): Record<string, unknown> {
  const part = context === 'body' ? request.body : context === 'params' ? request.params : request.query;
  return typeof part === 'object' && part !== null ? (part as Record<string, unknown>) : {};
}

/**
 * Fastify's schema errors as field problems an analyst can act on: the field by its public name,
 * the value given, and what it accepts (from the route's schema), e.g. `quad: 7 is not accepted
 * (use a whole number from 1 to 4)` instead of `querystring/quad must be <= 4`.
 */
export function schemaFieldProblems(error: FastifyError, request: FastifyRequest): FieldProblem[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'querystring';
  const schema = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[context] as
    ObjectSchema | undefined;
  const properties = schema?.properties ?? {};
  const root: PropertySchema = { properties };
  const given = requestPart(request, context);
  const items = (error.validation ?? []) as ValidationItem[];
  if (items.some((item) => item.keyword === 'oneOf' || item.keyword === 'minProperties'))
    if ('content' in properties && 'url' in properties)
      return [
        {
          field: 'content',
          detail: 'give the page (content) or its address (url): one of them, not both',
          accepted: 'content or url',
        },
      ];
  const problems: FieldProblem[] = [];
  for (const item of items) {
    const segments = item.instancePath.split('/').filter(Boolean);
    if (item.keyword === 'additionalProperties') {
      const field = [...segments, String(item.params['additionalProperty'])].join('.');
      const accepted = Object.keys(at(root, given, segments).schema?.properties ?? {}).join(', ');
      problems.push({
        field,
        detail: `${field} is not a parameter of this request (accepted: ${accepted})`,
        accepted,
      });
      continue;
    }
    if (item.keyword === 'required') segments.push(String(item.params['missingProperty']));
    const field = segments.join('.') || context;
    const target = at(root, given, segments);
    const accepted = acceptedValues(target.schema);
    const use = accepted ? ` (use ${accepted})` : item.message ? ` (${item.message})` : '';
    const detail =
      item.keyword === 'required'
        ? `${field} is required${use}`
        : `${field}: ${target.present ? shown(target.value) : 'this value'} is not accepted${use}`;
    if (!problems.some((p) => p.field === field))
      problems.push({ field, detail, ...(accepted ? { accepted } : {}) });
  }
  return problems;
}

/** Problems written `field: message` (the filter checks, shared with the CLI) as field problems. */
export function prefixedFieldProblems(messages: string[], fieldPrefix = ''): FieldProblem[] {
  return messages.map((message) => {
    const field = /^([\w-]+):/.exec(message)?.[1] ?? 'query';
    return { field: `${fieldPrefix}${field}`, detail: message };
  });
}
