import { jsonSchema, type SchemaKind } from '../../core/json-schema.js';
import type { Context } from '../context.js';

export function schema(kind: SchemaKind, ctx: Context): void {
  ctx.out.stdout(JSON.stringify(jsonSchema(kind), null, 2) + '\n');
}
