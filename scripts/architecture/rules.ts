import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * The import rules of docs/architecture.md, as a pure function over file texts and manifests, so the
 * architecture test can feed it the repository and a fake tree with a known violation alike.
 */

/** One source file: its path relative to the repository root (forward slashes) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The dependency lists of one package.json. */
export interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** A broken rule: which file, which import, and what it breaks. */
export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

/** Where a file lives: a workspace package (common, gateway, a subgraph, a client SDK) or the root's scripts. */
export interface Part {
  kind: 'common' | 'gateway' | 'subgraph' | 'client' | 'scripts' | 'root';
  /** The subgraph's or client's name (customer, app, …), the package directory otherwise. */
  name: string;
  /** src is what the running process loads; test is everything else in the package. */
  area: 'src' | 'test';
  /** The package.json that declares this file's dependencies ('' for the root). */
  manifestDir: string;
}

/** The only file allowed to import the federation router's internals (the subscription bridge's adapter). */
export const FEDERATION_ADAPTER = 'gateway/src/subscriptions/federation-adapter.ts';
const FEDERATION_INTERNALS = ['@apollo/federation-internals', '@apollo/query-planner', '@apollo/server-gateway-interface'];
const GATEWAY_INTERNAL_NAMES = new Set(['executeQueryPlan', 'buildOperationContext', 'ServiceMap', 'QueryPlan']);

const BUILTINS = new Set(builtinModules);
const WORKSPACE_SCOPE = '@member-graph/';
/** Client SDK packages are named `@member-graph/client-<dir>` and live in `clients/<dir>`. */
const CLIENT_PREFIX = 'client-';

/** Every module specifier of a file: static and dynamic import, export … from, require(). */
export const importsOf = (text: string): string[] => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);

/** Which part of the repository a path belongs to. */
export function partOf(file: string): Part {
  const [top, second, third] = file.split('/');
  if (top === 'subgraphs' && second) return { kind: 'subgraph', name: second, area: third === 'src' ? 'src' : 'test', manifestDir: `subgraphs/${second}` };
  if (top === 'clients' && second) return { kind: 'client', name: second, area: third === 'src' ? 'src' : 'test', manifestDir: `clients/${second}` };
  if (top === 'common' || top === 'gateway') return { kind: top, name: top, area: second === 'src' ? 'src' : 'test', manifestDir: top };
  if (top === 'scripts') return { kind: 'scripts', name: 'scripts', area: 'src', manifestDir: '' };
  return { kind: 'root', name: 'root', area: 'src', manifestDir: '' };
}

/** The package name of a bare specifier (`@scope/name/deep` → `@scope/name`), null for relative and built-in ones. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The part an import lands in: a workspace package by name, or the resolved relative path. */
function targetOf(file: string, specifier: string): Part | null {
  if (specifier.startsWith('.')) return partOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
  const pkg = packageOf(specifier);
  if (!pkg?.startsWith(WORKSPACE_SCOPE)) return null;
  const name = pkg.slice(WORKSPACE_SCOPE.length);
  if (name === 'common' || name === 'gateway') return { kind: name, name, area: 'src', manifestDir: name };
  if (name.startsWith(CLIENT_PREFIX)) return { kind: 'client', name: name.slice(CLIENT_PREFIX.length), area: 'src', manifestDir: `clients/${name.slice(CLIENT_PREFIX.length)}` };
  return { kind: 'subgraph', name, area: 'src', manifestDir: `subgraphs/${name}` };
}

/** Who may import whom (docs/architecture.md, "Rules"); null when the import is allowed. */
function boundaryRule(from: Part, to: Part): string | null {
  if (from.kind === 'subgraph' && to.kind === 'subgraph' && to.name !== from.name) return `a subgraph never imports another subgraph (${from.name} → ${to.name}); talk through the gateway or the bus`;
  if (from.kind === 'common' && (to.kind === 'subgraph' || to.kind === 'gateway' || to.kind === 'scripts' || to.kind === 'client')) return `common imports no ${to.kind}: it is the platform every package builds on`;
  if (from.kind === 'client' && to.kind !== 'client') return `a client SDK imports no server code (${to.kind}): it ships to apps and knows the API only by its schema`;
  if (from.kind === 'client' && to.name !== from.name) return `a client SDK imports no other client (${from.name} → ${to.name})`;
  if (from.kind === 'gateway' && from.area === 'src' && (to.kind === 'subgraph' || to.kind === 'scripts')) return `the gateway's runtime imports no ${to.kind} code; it runs from the committed supergraph`;
  return null;
}

/** The rules for one import of one file. */
function check(file: SourceFile, specifier: string, manifests: Record<string, Manifest>): Violation[] {
  const from = partOf(file.path);
  const found: string[] = [];
  const to = targetOf(file.path, specifier);
  const boundary = to && boundaryRule(from, to);
  if (boundary) found.push(boundary);
  if (specifier === `${WORKSPACE_SCOPE}common`) found.push('common is imported by subpath (@member-graph/common/errors, /db, …); it has no root index');
  if (FEDERATION_INTERNALS.includes(packageOf(specifier) ?? '') && file.path !== FEDERATION_ADAPTER) {
    found.push(`router internals are imported only by ${FEDERATION_ADAPTER}`);
  }
  const pkg = packageOf(specifier);
  const manifest = manifests[from.manifestDir];
  if (pkg && manifest && pkg !== manifest.name) {
    // the root's scripts are build and dev tools: its devDependencies count too
    const dev = from.area === 'test' || from.manifestDir === '';
    const declared = { ...manifest.dependencies, ...(dev ? manifest.devDependencies : {}) };
    const rootWorkspace = from.manifestDir === '' && pkg.startsWith(WORKSPACE_SCOPE);
    if (!(pkg in declared) && !rootWorkspace) {
      found.push(`${pkg} is not declared in ${from.manifestDir || '.'}/package.json ${dev ? 'dependencies or devDependencies' : 'dependencies'}`);
    }
  }
  return found.map((rule) => ({ file: file.path, specifier, rule }));
}

/** Named imports of @apollo/gateway's plan execution outside the adapter (the package itself is public API). */
function gatewayInternals(file: SourceFile): Violation[] {
  if (file.path === FEDERATION_ADAPTER || !file.text.includes('@apollo/gateway')) return [];
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== '@apollo/gateway') return [];
    const bindings = statement.importClause?.namedBindings;
    const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [];
    return names
      .filter((name) => GATEWAY_INTERNAL_NAMES.has(name))
      .map((name) => ({ file: file.path, specifier: '@apollo/gateway', rule: `plan execution (${name}) is imported only by ${FEDERATION_ADAPTER}` }));
  });
}

/** Every violation in a tree; `manifests` is keyed by package directory ('' for the root). */
export function checkArchitecture(files: SourceFile[], manifests: Record<string, Manifest>): Violation[] {
  return files.flatMap((file) => [...importsOf(file.text).flatMap((specifier) => check(file, specifier, manifests)), ...gatewayInternals(file)]);
}
