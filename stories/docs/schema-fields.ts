/**
 * The journey model's fields as tables, walked from the JSON Schema that zod generates from the
 * schema the SDK validates with (`toJSONSchema(JourneySchema, { io: 'input' })`, the same call
 * as the build's dist/journey.schema.json). Nothing here is a hand-kept copy: a field, a limit
 * or a description changed in src/model shows up in the docs on the next build.
 */
import { toJSONSchema } from 'zod/mini';
import { JourneySchema } from '../../src/model/index.js';

/** The part of JSON Schema the walk reads. */
export interface SchemaNode {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** One field of one object of the model. */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  defaultValue: string;
  limits: string;
  description: string;
}

/** One object of the model (the document, a persona, a touchpoint, …) and its fields. */
export interface FieldSection {
  /** Where the object sits, e.g. `touchpoints[].emotions[]`; `(document)` for the root. */
  path: string;
  description: string;
  rows: FieldRow[];
}

/** The id grammar, said in words rather than as the regular expression. */
const ID_PATTERN = '^[A-Za-z0-9_.:-]+$';
/** Number.MAX_SAFE_INTEGER: zod's bound for "any integer", not a limit worth showing. */
const SAFE_INTEGER = 9007199254740991;

/** The input contract of the model as JSON Schema (draft 2020-12). */
export function journeyJsonSchema(): SchemaNode {
  return toJSONSchema(JourneySchema, { io: 'input', target: 'draft-2020-12' }) as SchemaNode;
}

/** Every object of the schema, in document order, each with its fields. */
export function fieldSections(schema: SchemaNode = journeyJsonSchema()): FieldSection[] {
  const sections: FieldSection[] = [];
  const seen = new Map<string, string>();

  /** A union's options, nested unions flattened. */
  const options = (node: SchemaNode): SchemaNode[] =>
    (node.anyOf ?? node.oneOf ?? [node]).flatMap((option) => (option.anyOf || option.oneOf ? options(option) : [option]));

  /** Walks an object node into a section once; returns the section's path. */
  const visit = (node: SchemaNode, path: string): string => {
    const key = JSON.stringify(node);
    const known = seen.get(key);
    if (known !== undefined) return known;
    seen.set(key, path);
    const section: FieldSection = { path, description: node.description ?? '', rows: [] };
    sections.push(section);
    const required = new Set(node.required ?? []);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const childPath = path === '(document)' ? name : `${path}.${name}`;
      section.rows.push({
        name,
        type: typeOf(child, childPath),
        required: required.has(name),
        defaultValue: child.default === undefined ? '' : JSON.stringify(child.default),
        limits: limitsOf(child),
        description: child.description ?? '',
      });
    }
    return path;
  };

  const typeOf = (node: SchemaNode, path: string): string => {
    if (node.anyOf || node.oneOf) {
      const all = options(node);
      // Objects side by side in a union are told apart by their required fields.
      const several = all.filter(isObject).length > 1;
      const labels = all.map((option) =>
        typeOf(option, several && isObject(option) ? `${path} (${(option.required ?? []).join(', ')})` : path),
      );
      return [...new Set(labels)].join(' | ');
    }
    if (node.const !== undefined) return JSON.stringify(node.const);
    if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
    if (node.type === 'array') {
      if (!node.items) return 'array';
      if (isObject(node.items)) return `array of ${visit(node.items, `${path}[]`)}`;
      const item = typeOf(node.items, `${path}[]`);
      return item.includes(' | ') ? `array of (${item})` : `${item}[]`;
    }
    if (isObject(node)) {
      if (!node.properties && typeof node.additionalProperties === 'object') return `map of ${typeOf(node.additionalProperties, `${path}{}`)}`;
      return `object ${visit(node, path)}`;
    }
    if (node.type === 'string' && node.pattern === ID_PATTERN) return 'id';
    if (Array.isArray(node.type)) return node.type.join(' | ');
    return node.type ?? 'any';
  };

  visit(schema, '(document)');
  return sections;
}

function isObject(node: SchemaNode): boolean {
  return node.type === 'object';
}

/** The limits of a field in words: lengths, ranges, item counts, the id grammar. */
function limitsOf(node: SchemaNode): string {
  const limits: string[] = [];
  const target = node.anyOf?.[0] ?? node;
  if (target.pattern === ID_PATTERN) limits.push(`${target.minLength ?? 1}–${target.maxLength ?? 64} characters from A–Z a–z 0–9 _ - . :`);
  else {
    if (target.minLength === 1) limits.push('not empty');
    else if (target.minLength !== undefined && target.minLength > 1) limits.push(`at least ${target.minLength} characters`);
    if (target.maxLength !== undefined) limits.push(`at most ${target.maxLength.toLocaleString('en-GB')} characters`);
  }
  if (target.minimum !== undefined && target.maximum !== undefined && target.maximum !== SAFE_INTEGER) limits.push(`${target.minimum} to ${target.maximum}`);
  else if (target.minimum !== undefined) limits.push(`≥ ${target.minimum}`);
  if (target.minItems !== undefined && target.minItems === target.maxItems) limits.push(`exactly ${target.minItems} items`);
  else {
    if (target.minItems !== undefined && target.minItems > 0) limits.push(`at least ${target.minItems} ${target.minItems === 1 ? 'item' : 'items'}`);
    if (target.maxItems !== undefined) limits.push(`at most ${target.maxItems.toLocaleString('en-GB')} items`);
  }
  return limits.join('; ');
}
