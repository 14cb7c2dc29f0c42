/**
 * A troubleshoot-layout directory bundle with a secret of every kind seeded where bundles really
 * carry them: pod env values in a PodList, a container's termination message, container log lines,
 * event messages, a Secret object in a List, a kubelet journal line with a bearer token, a
 * kubeconfig printed into a log. Each secret sits on a line that is also evidence, beside the
 * decisive error text that must survive redaction.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every secret value seeded; none may appear in any output. */
export const SECRETS = {
  envPassword: 'S3cretPassw0rd!env',
  envToken: 'tok_live_9f8e7d6c5b4a',
  jsonEnvPassword: 'JsonEnvPassw0rd42',
  urlPassword: 'Sup3rS3cretUrlPass',
  registryPassword: 'R0b0tRegistryP4ss',
  bearer: 'abcdef0123456789abcdef0123456789',
  jwt: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6c2hvcDp3ZWIifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg',
  awsKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  pemBody: 'MIIEowIBAAKCAQEA7bq98VrGtWtkH4d2K9r7cVqUcL1Vt7Cn3zQm5nU2m0xYz4Qp',
  kubeconfigToken: 'kubeconfig-token-0a1b2c3d4e5f',
  clientKeyData: 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJr',
  flagPassword: 'hunter2hunter2flag',
  pairSecret: 'pairSecretValue99',
  secretObjectValue: 'k8s-secret-object-value-7Q2',
  secretObjectToken: 'secret-object-token-5Z9x',
};

/** Error text that proves the causes: it must still be in the outputs after redaction. */
export const EVIDENCE = {
  auth: 'password authentication failed for user',
  pull: 'failed to fetch anonymous token: unexpected status: 401 Unauthorized',
  image: 'registry.example.com/shop/web:1.4.2',
  cni: 'failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.254',
  masked: '***HIDDEN***',
};

const CREATED = '2025-09-01T10:00:00Z';
const b64 = (s: string) => Buffer.from(s).toString('base64');

export function makeSecretsBundle(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'podmortem-secrets-')), 'bundle');
  const cr = join(root, 'cluster-resources');
  mkdirSync(join(cr, 'pods'), { recursive: true });
  mkdirSync(join(cr, 'events'), { recursive: true });
  mkdirSync(join(root, 'host-collectors', 'node-1', 'journald'), { recursive: true });

  const image = EVIDENCE.image;
  const dbClient = {
    kind: 'Pod', apiVersion: 'v1',
    metadata: { name: 'db-client-7d9f', namespace: 'shop', uid: 'uid-db-client', creationTimestamp: CREATED },
    spec: {
      nodeName: 'node-1',
      containers: [{
        name: 'app', image: 'registry.example.com/shop/db-client:2.0',
        args: ['--db-password', SECRETS.flagPassword, `--api-token=${SECRETS.envToken}`],
        env: [
          { name: 'DB_PASSWORD', value: SECRETS.envPassword },
          { name: 'API_TOKEN', value: SECRETS.envToken },
          { name: 'DB_URL', value: `postgres://app:${SECRETS.urlPassword}@db.shop.svc:5432/orders` },
        ],
      }],
    },
    status: {
      phase: 'Running', startTime: CREATED,
      conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: CREATED }],
      containerStatuses: [{
        name: 'app', ready: false, restartCount: 12, image: 'registry.example.com/shop/db-client:2.0', imageID: '',
        containerID: 'containerd://' + 'a'.repeat(64),
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=app pod=db-client-7d9f_shop(uid-db-client)' } },
        lastState: {
          terminated: {
            exitCode: 1, reason: 'Error', startedAt: '2025-09-01T10:20:00Z', finishedAt: '2025-09-01T10:20:05Z',
            message: `FATAL: ${EVIDENCE.auth} "app" (dsn postgres://app:${SECRETS.urlPassword}@db.shop.svc:5432/orders, DB_PASSWORD=${SECRETS.envPassword})`,
          },
        },
      }],
    },
  };
  const web = {
    kind: 'Pod', apiVersion: 'v1',
    metadata: { name: 'web-1', namespace: 'shop', uid: 'uid-web-1', creationTimestamp: CREATED },
    spec: { nodeName: 'node-1', containers: [{ name: 'web', image }] },
    status: {
      phase: 'Pending', startTime: CREATED,
      containerStatuses: [{
        name: 'web', ready: false, restartCount: 0, image, imageID: '',
        state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } },
      }],
    },
  };
  const api = {
    kind: 'Pod', apiVersion: 'v1',
    metadata: { name: 'api-1', namespace: 'shop', uid: 'uid-api-1', creationTimestamp: CREATED },
    spec: { nodeName: 'node-1', containers: [{ name: 'api', image: 'registry.example.com/shop/api:1.0' }] },
    status: {
      phase: 'Pending', startTime: CREATED,
      containerStatuses: [{
        name: 'api', ready: false, restartCount: 0, image: 'registry.example.com/shop/api:1.0', imageID: '',
        state: { waiting: { reason: 'ContainerCreating' } },
      }],
    },
  };
  // Two more crashing containers, so that every secret sits in the last lines kept as evidence (8 per log).
  const crashing = (name: string): Record<string, unknown> => ({
    kind: 'Pod', apiVersion: 'v1',
    metadata: { name, namespace: 'shop', uid: `uid-${name}`, creationTimestamp: CREATED },
    spec: { nodeName: 'node-1', containers: [{ name: 'app', image: `registry.example.com/shop/${name}:1.0` }] },
    status: {
      phase: 'Running', startTime: CREATED,
      containerStatuses: [{
        name: 'app', ready: false, restartCount: 7, image: `registry.example.com/shop/${name}:1.0`, imageID: '',
        state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=app pod=${name}_shop(uid-${name})` } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: '2025-09-01T10:20:00Z', finishedAt: '2025-09-01T10:20:05Z' } },
      }],
    },
  });
  writeFileSync(join(cr, 'pods', 'shop.json'), JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [dbClient, web, api, crashing('worker'), crashing('billing')] }, null, 2));

  const log = (pod: string, lines: string[]) => {
    const dir = join(cr, 'pods', 'logs', 'shop', pod);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'app.log'), ['2025-09-01T10:20:00.000Z starting', ...lines, ''].join('\n'));
  };
  log('db-client-7d9f', [
    `2025-09-01T10:20:00.100Z config: {"env":[{"name":"DB_PASSWORD","value":"${SECRETS.jsonEnvPassword}"}]}`,
    `2025-09-01T10:20:00.200Z exec /app --db-password ${SECRETS.flagPassword} --api-token=${SECRETS.envToken}`,
    `2025-09-01T10:20:00.300Z calling api with Authorization: Bearer ${SECRETS.jwt}`,
    `2025-09-01T10:20:00.400Z s3 client: AWS_ACCESS_KEY_ID=${SECRETS.awsKeyId} aws_secret_access_key=${SECRETS.awsSecret}`,
    `2025-09-01T10:20:01.000Z connecting to postgres://app:${SECRETS.urlPassword}@db.shop.svc:5432/orders`,
    `2025-09-01T10:20:05.000Z FATAL: ${EVIDENCE.auth} "app"`,
  ]);
  log('worker', [
    '2025-09-01T10:20:00.500Z loaded key:',
    '-----BEGIN RSA PRIVATE KEY-----',
    SECRETS.pemBody,
    '-----END RSA PRIVATE KEY-----',
    '2025-09-01T10:20:00.600Z kubeconfig:',
    `    token: ${SECRETS.kubeconfigToken}`,
    `    client-key-data: ${SECRETS.clientKeyData}`,
    `2025-09-01T10:20:05.000Z FATAL: ${EVIDENCE.auth} "worker"`,
  ]);
  log('billing', [
    `2025-09-01T10:20:00.700Z cache settings: ttl=30 secret=${SECRETS.pairSecret} size=10`,
    `2025-09-01T10:20:00.800Z using credential ${SECRETS.secretObjectValue} for the orders database`,
    `2025-09-01T10:20:00.850Z session ${SECRETS.secretObjectToken} opened`,
    `2025-09-01T10:20:00.900Z collector-masked value: password=${EVIDENCE.masked}`,
    `2025-09-01T10:20:05.000Z FATAL: ${EVIDENCE.auth} "billing"`,
  ]);

  const event = (name: string, pod: string, reason: string, message: string, type = 'Warning') => ({
    kind: 'Event', apiVersion: 'v1',
    metadata: { name, namespace: 'shop', creationTimestamp: CREATED },
    involvedObject: { kind: 'Pod', namespace: 'shop', name: pod, uid: `uid-${pod}`, fieldPath: 'spec.containers{web}' },
    reason, message, type, count: 3, firstTimestamp: '2025-09-01T10:01:00Z', lastTimestamp: '2025-09-01T10:30:00Z',
    source: { component: 'kubelet', host: 'node-1' },
  });
  writeFileSync(join(cr, 'events', 'shop.json'), JSON.stringify({
    kind: 'EventList', apiVersion: 'v1', metadata: {},
    items: [
      event('web-1.1', 'web-1', 'Failed', `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: ${EVIDENCE.pull} (via https://robot:${SECRETS.registryPassword}@registry.example.com/v2/ token=${SECRETS.envToken})`),
      event('web-1.2', 'web-1', 'BackOff', `Back-off pulling image "${image}"`, 'Normal'),
      event('api-1.1', 'api-1', 'FailedCreatePodSandBox', `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${'b'.repeat(64)}": plugin type="host-local" failed (add): ${EVIDENCE.cni} (auth header Authorization: Bearer ${SECRETS.bearer})`),
    ],
  }, null, 2));

  writeFileSync(join(cr, 'secrets.json'), JSON.stringify({
    kind: 'List', apiVersion: 'v1', metadata: {},
    items: [{
      kind: 'Secret', apiVersion: 'v1', type: 'Opaque',
      metadata: { name: 'db', namespace: 'shop' },
      data: { password: b64(SECRETS.secretObjectValue), token: b64(SECRETS.secretObjectToken), user: b64('app') },
    }],
  }, null, 2));

  writeFileSync(join(root, 'host-collectors', 'node-1', 'journald', 'kubelet.txt'), [
    '-- Journal begins at Mon 2025-08-25 09:12:11 UTC, ends at Mon 2025-09-01 10:40:00 UTC. --',
    `Sep 01 10:05:00 node-1 kubelet[1342]: E0901 10:05:00.000000    1342 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"web\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"${image}\\\\\\"\\"" pod="shop/web-1" podUID="uid-web-1" request-header="Authorization: Bearer ${SECRETS.bearer}"`,
    `Sep 01 10:06:00 node-1 kubelet[1342]: E0901 10:06:00.000000    1342 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"${'b'.repeat(64)}\\": plugin type=\\"host-local\\" failed (add): ${EVIDENCE.cni}" token=${SECRETS.kubeconfigToken} request-header="Authorization: Bearer ${SECRETS.bearer}"`,
    `Sep 01 10:07:00 node-1 kubelet[1342]: I0901 10:07:00.000000    1342 server.go:100] "Using token" bearer="Bearer ${SECRETS.jwt}"`,
    '',
  ].join('\n'));

  writeFileSync(join(cr, 'nodes.json'), JSON.stringify({
    kind: 'NodeList', apiVersion: 'v1', metadata: {},
    items: [{
      kind: 'Node', apiVersion: 'v1', metadata: { name: 'node-1', creationTimestamp: '2025-08-01T00:00:00Z' },
      status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2025-08-01T00:00:00Z' }], nodeInfo: { kubeletVersion: 'v1.30.0' } },
    }],
  }, null, 2));
  return root;
}
