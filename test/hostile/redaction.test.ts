/**
 * Redaction is on by default in every output format: a bundle seeded with a secret of every kind
 * gives JSON, HTML, Markdown and text reports that hold none of them, while the error text that
 * proves each cause is still there. Then the rules one by one, and what they must leave alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnownSecrets, MASK, redact, secretValuesOf } from '../../src/redact/redact.js';
import { runCli, stderrProblems } from './helpers.js';
import { EVIDENCE, makeSecretsBundle, SECRETS } from './secrets-bundle.js';

/** The forms a secret could take in an output: as it is, its longest plain run (survives any escaping), base64. */
function forms(secret: string): string[] {
  const runs = secret.match(/[A-Za-z0-9]{8,}/g) ?? [];
  const longest = runs.sort((a, b) => b.length - a.length)[0];
  return [secret, ...(longest ? [longest] : []), Buffer.from(secret).toString('base64')];
}

function leaks(output: string): string[] {
  return Object.entries(SECRETS).flatMap(([name, secret]) => forms(secret).filter((f) => output.includes(f)).map((f) => `${name} (${f})`));
}

describe('a bundle seeded with secrets of every kind', () => {
  let bundle: string;
  let out: string;
  const outputs: Record<string, string> = {};

  beforeAll(() => {
    bundle = makeSecretsBundle();
    out = mkdtempSync(join(tmpdir(), 'podmortem-redacted-'));
    for (const format of ['json', 'html', 'md', 'text']) {
      const target = join(out, `report.${format}`);
      const r = runCli(['analyze', bundle, '--format', format, '-o', target]);
      expect(r.code, r.stderr).toBe(1);
      expect(stderrProblems(r.stderr)).toEqual([]);
      outputs[format] = readFileSync(target, 'utf8');
    }
  }, 120_000);
  afterAll(() => {
    rmSync(dirname(bundle), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it.each(['json', 'html', 'md', 'text'])('%s: no secret appears', (format) => {
    expect(leaks(outputs[format]!)).toEqual([]);
  });

  it('JSON: every secret-bearing evidence line is still there, with the secret masked and the error text kept', () => {
    const report = JSON.parse(outputs['json']!);
    const texts: string[] = [...report.findings, ...report.signals].flatMap((f: { evidence: { text: string }[] }) => f.evidence.map((e) => e.text));
    const all = texts.join('\n');
    for (const e of Object.values(EVIDENCE)) expect(all).toContain(e);
    // each secret sat on an evidence line: that line is there, masked
    for (const needle of [
      'config: {"env":[{"name":"DB_PASSWORD","value":"***REDACTED***"}]}',
      '--db-password ***REDACTED*** --api-token=***REDACTED***',
      'Authorization: Bearer ***REDACTED***',
      'AWS_ACCESS_KEY_ID=***REDACTED*** aws_secret_access_key=***REDACTED***',
      'postgres://app:***REDACTED***@db.shop.svc:5432/orders',
      '    token: ***REDACTED***',
      '    client-key-data: ***REDACTED***',
      'secret=***REDACTED*** size=10',
      'using credential ***REDACTED*** for the orders database',
      'password=***HIDDEN***',
      'https://robot:***REDACTED***@registry.example.com/v2/',
      `${EVIDENCE.cni}" token=***REDACTED***`,
    ]) expect(all).toContain(needle);
    // the kubelet journal line with a bearer token is evidence (of the CNI signal), masked
    expect(texts.some((t) => t.includes('node-1 kubelet[1342]') && t.includes('Bearer ***REDACTED***'))).toBe(true);
    // the PEM block's body line is masked too
    expect(texts).toContain(MASK);
    // the causes the evidence proves are still found
    const causes = Object.fromEntries(report.findings.map((f: { pod: string; cause: { id: string } }) => [f.pod, f.cause.id]));
    expect(causes['web-1']).toBe('registry.auth');
    expect(causes['api-1']).toBe('cni.ip-exhausted');
  });

  it('text, Markdown and HTML still show the decisive error lines', () => {
    for (const format of ['text', 'md', 'html']) {
      const o = outputs[format]!;
      expect(o, format).toContain(EVIDENCE.auth);
      expect(o, format).toContain(EVIDENCE.image);
    }
    expect(outputs['md']).toContain(EVIDENCE.cni);
    expect(outputs['html']).toContain(EVIDENCE.masked);
  });

  it('--no-redact shows them (so the checks above can see a leak) and warns on stderr', () => {
    const r = runCli(['analyze', bundle, '--format', 'json', '-o', '-', '--no-redact']);
    expect(r.stderr).toMatch(/^podmortem: warning: --no-redact/m);
    expect(leaks(r.stdout).length).toBeGreaterThan(5);
  });
});

describe('redaction rules', () => {
  const hidden: [string, string, string][] = [
    ['bearer token', 'Authorization: Bearer abcdef0123456789abcdef', 'abcdef0123456789abcdef'],
    ['long alphabetic bearer token', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyz'],
    ['JWT', 'id_token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlMTIzNDU2', 'eyJzdWIiOiJhZG1pbiJ9'],
    ['URL credentials', 'dial postgres://app:s3cretPass@db.shop.svc:5432/orders failed', 's3cretPass'],
    ['URL credentials with @ in the password', 'dial postgres://app:p@ssw0rd@db:5432', 'ssw0rd'],
    ['AWS access key id', 'using AKIAIOSFODNN7EXAMPLE for s3', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS secret key', 'AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI'],
    ['env var', 'DB_PASSWORD=hunter2hunter2', 'hunter2hunter2'],
    ['quoted env var with a space', 'export API_TOKEN="tok en-12345"', 'en-12345'],
    ['YAML env key', '  DB_PASSWORD: hunter2hunter2', 'hunter2hunter2'],
    ['JSON env pair', '{"name":"STRIPE_API_KEY","value":"sk_live_abc123"}', 'sk_live_abc123'],
    ['flag with =', 'args: --api-token=tok_live_12345', 'tok_live_12345'],
    ['flag with a space', 'exec app --db-password hunter2hunter2 --port 5432', 'hunter2hunter2'],
    ['kubeconfig token', '    token: kubeconfig-token-abc', 'kubeconfig-token-abc'],
    ['kubeconfig client-key-data', '    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==', 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ=='],
    ['JSON password field with spaces', '{"password": "p@ss w0rd!"}', 'w0rd!'],
    ['private key block', '-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXktdjEAAAAA-----END OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAA'],
    ['a PEM body line on its own', 'MIIEowIBAAKCAQEA7bq98VrGtWtkH4d2K9r7cVqUcL1Vt7Cn3zQm5nU2m0xYz4Qp', 'MIIEowIBAAKCAQEA7bq98'],
    ['secret= pair', 'level=info secret=abcdef123 msg=x', 'abcdef123'],
  ];
  it.each(hidden)('%s', (_, text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(MASK);
  });

  const kept = [
    'Failed to pull image "registry.example.com/shop/web:1.4.2": failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    'Error: secret "payments-db" not found',
    'Error: couldn\'t find key password in Secret shop/db',
    'MountVolume.SetUp failed for volume "token-abcde" : secret "default-token-abcde" not found',
    'failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.254',
    'Unable to authenticate the request due to an error: invalid bearer token',
    'missing bearer authentication header',
    'dial tcp 10.96.0.1:443: connect: connection refused',
    'containerd://4f2c0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3',
    '4f2c0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3',
    'Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    'pull access denied for shop/web, repository does not exist or may require \'docker login\'',
    'kubelet --token-file /var/lib/kubelet/token --bootstrap-kubeconfig /etc/kubernetes/bootstrap.conf',
    'Value already masked by the collector: password=***HIDDEN***',
    'env DB_PASSWORD=******** API_TOKEN=<redacted> SECRET=[REDACTED]',
    'url postgres://app:***HIDDEN***@db:5432',
  ];
  it.each(kept)('leaves evidence and collector-masked values as they are: %s', (line) => {
    expect(redact(line)).toBe(line);
  });

  it('values of Secret objects are found wherever they are quoted, decoded or not', () => {
    const values = secretValuesOf({
      kind: 'Secret',
      data: { password: Buffer.from('orders-db-pass-77').toString('base64'), flag: Buffer.from('true').toString('base64') },
      stringData: { apiKey: 'plain-string-data-key' },
    });
    const known = new KnownSecrets(values);
    const line = 'login with orders-db-pass-77 and plain-string-data-key, debug=true, raw b3JkZXJzLWRiLXBhc3MtNzc=';
    const out = redact(line, known);
    expect(out).not.toContain('orders-db-pass-77');
    expect(out).not.toContain('plain-string-data-key');
    expect(out).not.toContain('b3JkZXJzLWRiLXBhc3MtNzc=');
    expect(out).toContain('debug=true'); // short values are not hunted everywhere
    expect(secretValuesOf({ kind: 'ConfigMap', data: { a: 'not-a-secret-value' } })).toEqual([]);
    expect(secretValuesOf({ data: { a: 'x'.repeat(10) } }, 'Secret').length).toBeGreaterThan(0);
  });
});
