/**
 * Turns a provider's JSON Schema (credentials or settings, as `GET /integrations/providers` returns them) into form
 * fields, and the form's raw values back into the object the schema describes. Only the subset of JSON Schema the
 * providers use is understood: flat objects of strings, integers, numbers, booleans and string arrays.
 */

export type FieldKind = 'text' | 'secret' | 'url' | 'email' | 'integer' | 'number' | 'boolean' | 'list';

export type SchemaField = {
  name: string;
  label: string;
  description: string | undefined;
  kind: FieldKind;
  required: boolean;
  pattern: string | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  minLength: number | undefined;
};

export type RawValue = string | boolean | undefined;

type JsonProperty = {
  type?: unknown;
  description?: unknown;
  format?: unknown;
  pattern?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  minLength?: unknown;
  items?: unknown;
};

const SECRET_NAME = /(secret|token|password|privatekey)/i;
const LARGEST_SENSIBLE = 1e9;

/** "accessKeyId" → "Access key ID", "orgUrl" → "Org URL". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/\s+/)
    .map((word) => word.toLowerCase());
  const text = words
    .map((word) => (['id', 'url', 'arn', 'api', 'rds', 'sdk'].includes(word) ? word.toUpperCase() : word))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindOf(name: string, property: JsonProperty, secrets: boolean): FieldKind | undefined {
  switch (property.type) {
    case 'string':
      if (property.format === 'uri') {
        return 'url';
      }
      if (property.format === 'email') {
        return 'email';
      }
      return secrets && SECRET_NAME.test(name) ? 'secret' : 'text';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return (property.items as JsonProperty | undefined)?.type === 'string' ? 'list' : undefined;
    default:
      return undefined;
  }
}

const numberOrUndefined = (value: unknown) =>
  typeof value === 'number' && Math.abs(value) < LARGEST_SENSIBLE ? value : undefined;

/** The fields of an object schema, required ones first (in schema order within each group). */
export function schemaFields(schema: Record<string, unknown>, options: { secrets: boolean }): SchemaField[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonProperty>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const fields: SchemaField[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const kind = kindOf(name, property, options.secrets);
    if (!kind) {
      continue;
    }
    fields.push({
      name,
      label: humanize(name),
      description: typeof property.description === 'string' ? property.description : undefined,
      kind,
      required: required.has(name),
      pattern: typeof property.pattern === 'string' ? property.pattern : undefined,
      minimum: numberOrUndefined(property.minimum),
      maximum: numberOrUndefined(property.maximum),
      minLength: numberOrUndefined(property.minLength),
    });
  }
  return [...fields.filter((field) => field.required), ...fields.filter((field) => !field.required)];
}

export type ParsedValues = { values: Record<string, unknown>; errors: Record<string, string> };

function parseOne(field: SchemaField, raw: RawValue): { value?: unknown; error?: string } {
  if (field.kind === 'boolean') {
    return raw === undefined || raw === '' ? {} : { value: raw === true || raw === 'true' };
  }
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') {
    return field.required ? { error: 'is required' } : {};
  }
  if (field.kind === 'integer' || field.kind === 'number') {
    const value = Number(text);
    if (!Number.isFinite(value) || (field.kind === 'integer' && !Number.isInteger(value))) {
      return { error: field.kind === 'integer' ? 'must be a whole number' : 'must be a number' };
    }
    if (field.minimum !== undefined && value < field.minimum) {
      return { error: `must be at least ${field.minimum}` };
    }
    if (field.maximum !== undefined && value > field.maximum) {
      return { error: `must be at most ${field.maximum}` };
    }
    return { value };
  }
  if (field.kind === 'list') {
    const items = text
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter(Boolean);
    return items.length ? { value: items } : field.required ? { error: 'is required' } : {};
  }
  if (field.kind === 'url') {
    try {
      new URL(text);
    } catch {
      return { error: 'must be a URL such as https://example.com' };
    }
  }
  if (field.pattern && !new RegExp(field.pattern).test(text)) {
    return { error: 'is not in the expected format' };
  }
  return { value: text };
}

/** Reads a group of fields from raw form values; empty optional fields are left out. */
export function parseFields(fields: readonly SchemaField[], raw: Record<string, RawValue>): ParsedValues {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const { value, error } = parseOne(field, raw[field.name]);
    if (error) {
      errors[field.name] = error;
    } else if (value !== undefined) {
      values[field.name] = value;
    }
  }
  return { values, errors };
}
