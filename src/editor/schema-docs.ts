// Reads the JSDoc comment of every schema field in src/schemas/*.ts with the TypeScript compiler
// API, so that the web editor's help texts come from the same comments a developer reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Field docs keyed by `<exported schema>.<field>[.<nested field>…]`, e.g. `caseSchema.title`,
 * `caseSchema.period.launched`, `awardEditionSchema.dates.label`.
 */
export type SchemaDocs = ReadonlyMap<string, string>;

/** Docs of every schema file in `schemaDir` (src/schemas/ by default). */
export function readSchemaDocs(schemaDir = path.resolve('src/schemas')): SchemaDocs {
  const docs = new Map<string, string>();
  for (const name of readdirSync(schemaDir).filter((file) => file.endsWith('.ts')).sort()) {
    for (const [key, doc] of schemaDocsOf(readFileSync(path.join(schemaDir, name), 'utf8'), name)) docs.set(key, doc);
  }
  return docs;
}

/** Docs of the object schemas declared at the top level of one source file. */
export function schemaDocsOf(sourceText: string, fileName = 'schema.ts'): Map<string, string> {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const docs = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const shape = objectShapeIn(declaration.initializer);
      if (shape) collect(shape, [declaration.name.text], docs);
    }
  }
  return docs;
}

function collect(shape: ts.ObjectLiteralExpression, prefix: string[], docs: Map<string, string>): void {
  for (const property of shape.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = propertyName(property.name);
    if (!name) continue;
    const key = [...prefix, name];
    const doc = jsDocText(property);
    if (doc) docs.set(key.join('.'), doc);
    const nested = objectShapeIn(property.initializer);
    if (nested) collect(nested, key, docs);
  }
}

/**
 * The object literal passed to `z.object()` / `z.strictObject()` somewhere inside an expression
 * (through `.optional()`, `.default({})`, `z.array(…)` and the like), or undefined.
 */
function objectShapeIn(expression: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(expression)) {
    const callee = expression.expression;
    const argument = expression.arguments[0];
    if (ts.isPropertyAccessExpression(callee) && ['object', 'strictObject', 'looseObject'].includes(callee.name.text) && argument && ts.isObjectLiteralExpression(argument)) {
      return argument;
    }
  }
  let found: ts.ObjectLiteralExpression | undefined;
  ts.forEachChild(expression, (child) => {
    // An object literal that is not a shape (`.default({})`) is skipped, not searched.
    if (!found && !ts.isObjectLiteralExpression(child) && !ts.isArrowFunction(child)) found = objectShapeIn(child);
  });
  return found;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

/**
 * The JSDoc comment right before a node, as one line (line breaks inside a comment are wrapping
 * only). Read from the comment ranges, which also covers comments on the same line as the node.
 */
function jsDocText(node: ts.Node): string | undefined {
  const text = node.getSourceFile().getFullText();
  // A comment on the line of the previous token counts as that token's trailing comment.
  const ranges = [...(ts.getTrailingCommentRanges(text, node.getFullStart()) ?? []), ...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])];
  const comment = ranges
    .map((range) => text.slice(range.pos, range.end))
    .filter((raw) => raw.startsWith('/**'))
    .at(-1);
  if (!comment) return undefined;
  const body = comment
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return body || undefined;
}
