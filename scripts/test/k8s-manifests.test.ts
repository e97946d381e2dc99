/**
 * deploy/k8s: every manifest parses and validates against the Kubernetes schemas (kubernetes-models:
 * required fields and types), the kustomizations' files exist, and the example overlay holds what a
 * platform team expects of each part. A broken manifest fails `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { containersOf, readManifests, render, type Manifest } from './k8s/render';

const ROOT = path.join(__dirname, '..', '..');
const K8S = path.join(ROOT, 'deploy', 'k8s');
const PARTS = ['gateway', 'customer', 'loyalty', 'service', 'marketing'];

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(f) ? [full] : [];
  });

/** Validates one object with its kubernetes-models class (throws with the failing field). */
function validate(m: Manifest) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const group = require(`kubernetes-models/${m.apiVersion}`) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = group[m.kind];
  if (!Model) throw new Error(`${m.apiVersion} ${m.kind} is not a Kubernetes kind`);
  new Model(m).validate();
}

const overlay = render(path.join(K8S, 'overlays', 'example'));
const find = (kind: string, name: string) => overlay.find((m) => m.kind === kind && m.metadata.name === name) as any;

test('every full manifest under deploy/k8s validates against the Kubernetes schemas', () => {
  const files = yamlFiles(K8S).filter((f) => path.basename(f) !== 'kustomization.yaml' && !/\/peak-|gateway-config\.yaml$/.test(f));
  expect(files.length).toBeGreaterThan(8);
  for (const file of files) {
    for (const m of readManifests(file)) expect(() => validate(m)).not.toThrow();
  }
});

test('the example overlay renders (resources and patch targets exist) and everything it renders validates', () => {
  expect(() => render(path.join(K8S, 'base'))).not.toThrow();
  for (const m of overlay) {
    try {
      validate(m);
    } catch (error) {
      throw new Error(`${m.kind}/${m.metadata.name}: ${(error as Error).message}`);
    }
  }
  expect(find('HorizontalPodAutoscaler', 'gateway').spec.maxReplicas).toBe(40);
  expect(overlay.filter((m) => m.kind !== 'Namespace').every((m) => m.metadata.namespace === 'member-graph')).toBe(true);
});

test('each part has a Deployment, a Service, an HPA and a PDB; probes, resources and graceful termination', () => {
  for (const part of PARTS) {
    const deployment = find('Deployment', part);
    const pod = deployment.spec.template.spec;
    const [c] = pod.containers;
    expect(c.args).toEqual([part]);
    expect(c.image).toBe('registry.example.com/member-graph:0.1.0');
    expect(c.livenessProbe.httpGet.path).toBe('/health');
    expect(c.readinessProbe.httpGet.path).toBe('/ready');
    expect(c.resources.requests).toEqual(expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }));
    expect(c.resources.limits).toEqual(expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }));
    expect(c.lifecycle.preStop.exec.command[0]).toBe('sleep');
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(Number(c.lifecycle.preStop.exec.command[1]) + 15);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const labels = deployment.spec.template.metadata.labels;
    const selects = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);
    expect(selects(find('Service', part).spec.selector)).toBe(true);
    expect(find('Service', part).spec.ports[0].targetPort).toBe(c.ports[0].name);
    expect(find('HorizontalPodAutoscaler', part).spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: part });
    expect(selects(find('PodDisruptionBudget', part).spec.selector.matchLabels)).toBe(true);
  }
  expect(containersOf(find('Job', 'migrate'))[0].args).toEqual(['migrate']);
});

/** Every variable named in the README's environment table whose "used by" names a deployed part. */
function readmeVariables(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Environment variables'));
  const rows = section.slice(0, section.indexOf('\n## ', 5)).split('\n').filter((l) => /^\| `/.test(l));
  return rows
    .map((row) => row.split('|').map((cell) => cell.trim()))
    .filter(([, , usedBy]) => /\b(all|gateway|subgraphs?|customer|loyalty|service|marketing|migrate)\b/.test(usedBy))
    .flatMap(([, names]) => [...names.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]));
}

test('every variable of the README table is set from a ConfigMap or a Secret, and every required reference exists', () => {
  const variables = readmeVariables();
  expect(variables).toEqual(expect.arrayContaining(['HOST', 'CUSTOMER_DATABASE_URL', 'GATEWAY_SECRET', 'LOYALTY_TIERS_JSON']));
  const referenced = new Set<string>();
  for (const w of overlay) {
    for (const c of containersOf(w)) {
      for (const e of c.env ?? []) referenced.add(e.name);
      for (const from of c.envFrom ?? []) {
        const source = find(from.configMapRef ? 'ConfigMap' : 'Secret', (from.configMapRef ?? from.secretRef).name);
        expect(source).toBeDefined();
        for (const key of Object.keys({ ...source.data, ...source.stringData })) referenced.add(key);
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
        if (!ref || ref.optional) continue;
        const source = find(e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
        expect(Object.keys({ ...source?.data, ...source?.stringData })).toContain(ref.key);
      }
    }
  }
  expect(variables.filter((v) => !referenced.has(v))).toEqual([]);
});
