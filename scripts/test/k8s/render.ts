import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** One Kubernetes object as parsed from YAML. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  namespace?: string;
  resources?: string[];
  patches?: { path: string }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  labels?: { pairs: Record<string, string> }[];
}

/** Every document of a YAML file; a syntax error names the file. */
export function readManifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS() as Manifest;
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A strategic-merge patch for the maps and scalars the overlays use (lists are replaced whole). */
export function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) out[key] = isObject(value) && isObject(out[key]) ? mergePatch(out[key] as Record<string, unknown>, value) : value;
  return out;
}

const sameObject = (a: Manifest, b: Manifest) => a.kind === b.kind && a.metadata.name === b.metadata.name;

/** Every container and init container of a workload (Deployment or Job). */
export const containersOf = (m: Manifest): Record<string, any>[] => {
  const spec = (m as any).spec?.template?.spec;
  return spec ? [...(spec.containers ?? []), ...(spec.initContainers ?? [])] : [];
};

/**
 * What `kustomize build <dir>` gives for the features these kustomizations use: resources (files and
 * directories), patches by kind and name, namespace, images and labels. Missing files throw.
 */
export function render(dir: string): Manifest[] {
  const file = path.join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${dir} has no kustomization.yaml`);
  const k = readManifests(file)[0] as unknown as Kustomization;
  let out: Manifest[] = [];
  for (const resource of k.resources ?? []) {
    const target = path.join(dir, resource);
    if (!existsSync(target)) throw new Error(`${file}: resource ${resource} does not exist`);
    out.push(...(statSync(target).isDirectory() ? render(target) : readManifests(target)));
  }
  for (const { path: patchFile } of k.patches ?? []) {
    for (const patch of readManifests(path.join(dir, patchFile))) {
      const index = out.findIndex((m) => sameObject(m, patch));
      if (index < 0) throw new Error(`${file}: patch ${patchFile} targets ${patch.kind}/${patch.metadata.name}, which no resource defines`);
      out[index] = mergePatch(out[index], patch) as Manifest;
    }
  }
  out = out.map((m) => (k.namespace && m.kind !== 'Namespace' ? { ...m, metadata: { ...m.metadata, namespace: k.namespace } } : m));
  for (const m of out) {
    for (const pairs of k.labels ?? []) m.metadata.labels = { ...m.metadata.labels, ...pairs.pairs };
    for (const c of containersOf(m)) {
      const image = k.images?.find((i) => i.name === c.image);
      if (image) c.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
    }
  }
  return out;
}
