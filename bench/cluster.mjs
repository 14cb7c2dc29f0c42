// The synthetic cluster behind a bundle: nodes, namespaces, workloads and pods (almost all healthy,
// a few healthy-but-noisy controls), and the planted failures with everything a real cluster would
// leave behind for them: pod status, events, kubelet/containerd/kernel journal lines on the right
// node at the right time, container logs. The expected findings are derived from the same data, so
// the bundle and its answer key cannot drift apart.
import { containerdLine, kernelLine, kubeletLine, q } from './lines.mjs';

/** When the bundle was collected; all times in the bundle lead up to it. */
export const COLLECTED_MS = Date.UTC(2026, 2, 14, 9, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The Go time.Time String() form kubelet prints: "2026-03-14 08:11:55 +0000 UTC". */
const goTime = (ms) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;

const SYSTEM_NAMESPACES = ['default', 'kube-system', 'monitoring', 'logging', 'ingress-nginx', 'cert-manager'];
// Planted failures live in these, so they always exist whatever the preset.
const FIXED_NAMESPACES = ['shop-prod', 'payments-prod', 'search-prod', 'data-prod', 'batch-jobs'];
const TEAMS = ['shop', 'payments', 'search', 'data', 'ml', 'auth', 'web', 'api', 'analytics', 'media', 'crm', 'risk'];
const ENVS = ['prod', 'staging', 'dev', 'qa', 'perf'];
const APPS = ['frontend', 'cart', 'checkout', 'catalog', 'orders', 'inventory', 'shipping', 'notifications', 'reviews',
  'ledger', 'gateway', 'worker', 'scheduler', 'indexer', 'billing', 'profile', 'session', 'pricing', 'export', 'audit'];
const FLAVORS = ['java', 'go', 'nginx'];

/**
 * params: { nodes, namespaces, pods, sidecarRate, initRate }.
 * Returns { nodes, namespaces, pods, deployments, daemonsets, nodeLines, nodeEvents, expected }.
 */
export function buildCluster(params, rng) {
  const nodes = [];
  for (let i = 0; i < params.nodes; i++) {
    nodes.push({
      index: i,
      name: `node-${i + 1}`,
      ip: `10.0.${Math.floor(i / 200)}.${10 + (i % 200)}`,
      podCidr: `10.244.${i}.0/24`,
      kubeletPid: rng.range(700, 4000),
      containerdPid: rng.range(400, 699),
      uid: rng.uuid(),
      bootMs: COLLECTED_MS - rng.range(3, 40) * DAY,
      nextIp: 2,
      conditions: {},
      taints: [],
      pods: [],
    });
  }
  const namespaces = [...SYSTEM_NAMESPACES, ...FIXED_NAMESPACES];
  for (let i = 0; namespaces.length < params.namespaces; i++) {
    const name = `${TEAMS[i % TEAMS.length]}-${ENVS[Math.floor(i / TEAMS.length) % ENVS.length]}`;
    namespaces.push(namespaces.includes(name) ? `${name}-${Math.floor(i / (TEAMS.length * ENVS.length)) + 2}` : name);
  }
  const cluster = { params, nodes, namespaces, pods: [], deployments: [], daemonsets: [], nodeLines: new Map(), nodeEvents: [], expected: { planted: [], signals: [], controls: {} } };
  for (const n of nodes) cluster.nodeLines.set(n.name, { kubelet: [], containerd: [], kernel: [] });

  addDaemonSets(cluster, rng);
  addJobs(cluster, rng.fork('jobs'), Math.max(4, Math.round(params.pods * 0.02)));
  addDeployments(cluster, rng.fork('deployments'), params.pods - cluster.pods.length);
  plantFailures(cluster, rng.fork('planted'));
  for (const p of cluster.pods) if (p.node) p.node.pods.push(p);
  return cluster;
}

// ---- pods ----

function newPod(cluster, rng, { ns, name, owner, app, containers, initContainers = [], node, createdMs, flavor }) {
  const pod = {
    ns, name, uid: rng.uuid(), sfx: rng.suffix(5), owner, app, containers, initContainers,
    node: node ?? null, ip: null, createdMs, createdText: goTime(createdMs), flavor: flavor ?? rng.pick(FLAVORS),
    kind: 'healthy', status: null, events: [], logs: null, collectLogs: false,
  };
  if (pod.node) {
    pod.ip = `10.244.${pod.node.index}.${pod.node.nextIp}`;
    pod.node.nextIp = pod.node.nextIp >= 254 ? 2 : pod.node.nextIp + 1;
  }
  for (const c of [...containers, ...initContainers]) c.cid = rng.hex(64);
  cluster.pods.push(pod);
  return pod;
}

function container(rng, name, image, extra = {}) {
  return { name, image, restartCount: 0, memLimit: rng.pick(['256Mi', '512Mi', '1Gi', '2Gi']), cpuReq: rng.pick(['50m', '100m', '250m', '500m']), port: rng.pick([8080, 8080, 9090, 3000, 80]), env: [], ...extra };
}

/** Pods created over the last month, recent ones more often (rollouts); a fifth within the last hour. */
function creationTime(rng) {
  if (rng.chance(0.2)) return COLLECTED_MS - rng.range(2, 58) * MIN - rng.int(MIN);
  return COLLECTED_MS - Math.floor(rng.next() ** 2 * 30 * DAY) - HOUR;
}

function addDaemonSets(cluster, rng) {
  const specs = [
    { ns: 'kube-system', name: 'kube-proxy', containers: [['kube-proxy', 'registry.k8s.io/kube-proxy:v1.29.4']], flavor: 'go' },
    { ns: 'kube-system', name: 'kube-flannel-ds', containers: [['kube-flannel', 'docker.io/flannel/flannel:v0.24.2']], init: [['install-cni-plugin', 'docker.io/flannel/flannel-cni-plugin:v1.4.0-flannel1'], ['install-cni', 'docker.io/flannel/flannel:v0.24.2']], flavor: 'go' },
    { ns: 'monitoring', name: 'node-exporter', containers: [['node-exporter', 'quay.io/prometheus/node-exporter:v1.7.0']], flavor: 'go' },
    { ns: 'logging', name: 'fluent-bit', containers: [['fluent-bit', 'cr.fluentbit.io/fluent/fluent-bit:2.2.2']], flavor: 'go' },
  ];
  for (const s of specs) {
    const ds = { ns: s.ns, name: s.name, uid: rng.uuid(), image: s.containers[0][1], generation: rng.range(1, 9) };
    cluster.daemonsets.push(ds);
    for (const node of cluster.nodes) {
      newPod(cluster, rng, {
        ns: s.ns, name: `${s.name}-${rng.suffix(5)}`, owner: { kind: 'DaemonSet', name: s.name, uid: ds.uid }, app: s.name,
        containers: s.containers.map(([n, img]) => container(rng, n, img)),
        initContainers: (s.init ?? []).map(([n, img]) => container(rng, n, img)),
        node, createdMs: node.bootMs + rng.range(20, 90) * 1000, flavor: s.flavor,
      });
    }
  }
}

/** Completed CronJob runs: Succeeded pods that must never be reported (a negative control). */
function addJobs(cluster, rng, count) {
  for (let i = 0; i < count; i++) {
    const cj = rng.pick(['nightly-report', 'db-backup', 'cache-warmup', 'invoice-export']);
    const created = COLLECTED_MS - rng.range(1, 48) * HOUR;
    const minute = Math.floor(created / MIN);
    const pod = newPod(cluster, rng, {
      ns: 'batch-jobs', name: `${cj}-${minute}-${rng.suffix(5)}`, owner: { kind: 'Job', name: `${cj}-${minute}`, uid: rng.uuid() }, app: cj,
      containers: [container(rng, cj, `registry.example.com/batch/${cj}:1.${rng.range(0, 9)}.0`)],
      node: rng.pick(cluster.nodes), createdMs: created, flavor: 'go',
    });
    pod.kind = 'completed';
  }
  cluster.expected.controls.completedJobPods = count;
}

function addDeployments(cluster, rng, target) {
  const appNamespaces = cluster.namespaces.filter((n) => !SYSTEM_NAMESPACES.includes(n) && n !== 'batch-jobs');
  const { sidecarRate = 0.3, initRate = 0.15 } = cluster.params;
  let made = 0;
  let restarted = 0;
  let noisy = 0;
  for (let d = 0; made < target; d++) {
    const ns = appNamespaces[d % appNamespaces.length];
    // Unique per namespace: the m-th deployment of a namespace gets the m-th name after an offset.
    const m = Math.floor(d / appNamespaces.length);
    const app = m < APPS.length ? APPS[(d % appNamespaces.length + m) % APPS.length] : `${rng.pick(APPS)}-${d}`;
    const team = ns.split('-')[0];
    const image = `registry.example.com/${team}/${app}:v${rng.range(1, 4)}.${rng.range(0, 30)}.${rng.range(0, 9)}`;
    const replicas = Math.min(target - made, rng.pick([1, 2, 2, 3, 3, 3, 4, 6, 8, 12]));
    const dep = { ns, name: app, uid: rng.uuid(), image, replicas, rsHash: rng.hex(10), rsUid: rng.uuid(), ready: replicas, flavor: rng.pick(FLAVORS) };
    cluster.deployments.push(dep);
    const sidecar = rng.chance(sidecarRate);
    const init = rng.chance(initRate);
    for (let r = 0; r < replicas; r++) {
      const containers = [container(rng, app, image)];
      if (sidecar) containers.push(container(rng, 'istio-proxy', 'docker.io/istio/proxyv2:1.20.3', { port: 15090 }));
      const pod = newPod(cluster, rng, {
        ns, name: `${app}-${dep.rsHash}-${rng.suffix(5)}`, owner: { kind: 'ReplicaSet', name: `${app}-${dep.rsHash}`, uid: dep.rsUid }, app,
        containers, initContainers: init ? [container(rng, 'wait-for-db', 'docker.io/library/busybox:1.36')] : [],
        node: rng.pick(cluster.nodes), createdMs: creationTime(rng), flavor: dep.flavor,
      });
      // Negative controls: restarted once more than a day ago and ready since; a passing readiness blip.
      if (rng.chance(0.03)) {
        pod.kind = 'restarted';
        containers[0].restartCount = 1;
        containers[0].lastFinishedMs = Math.max(pod.createdMs + 5 * MIN, COLLECTED_MS - rng.range(26, 60) * HOUR);
        restarted++;
      } else if (rng.chance(0.01)) {
        pod.kind = 'readiness-blip';
        noisy++;
      }
    }
    made += replicas;
  }
  cluster.expected.controls.restartedOnceLongAgo = restarted;
  cluster.expected.controls.readinessBlip = noisy;
}

// ---- planted failures ----

const nodeAt = (cluster, i) => cluster.nodes[i % cluster.nodes.length];

function plantedPod(cluster, rng, { ns, app, image, node, createdMs, flavor = 'java', containerName = app, env = [] }) {
  const rsHash = rng.hex(10);
  const c = container(rng, containerName, image, { env });
  const pod = newPod(cluster, rng, {
    ns, name: `${app}-${rsHash}-${rng.suffix(5)}`, owner: { kind: 'ReplicaSet', name: `${app}-${rsHash}`, uid: rng.uuid() }, app,
    containers: [c], node, createdMs, flavor,
  });
  cluster.deployments.push({ ns, name: app, uid: rng.uuid(), image, replicas: 1, rsHash, rsUid: pod.owner.uid, ready: 0, flavor });
  pod.collectLogs = true; // troubleshoot collects the logs of unhealthy pods
  return pod;
}

function expect(cluster, pod, reason, cause, checkCause, story) {
  cluster.expected.planted.push({ namespace: pod.ns, pod: pod.name, container: pod.containers[0]?.name ?? null, node: pod.node?.name ?? null, reason, cause, checkCause, story });
}

/** Adds planted journal lines: `lines` is [[offsetUs, parts], ...] relative to `us`. */
function journal(cluster, node, kind, us, parts) {
  cluster.nodeLines.get(node.name)[kind].push({ us: Math.round(us), parts });
}

function event(pod, { type = 'Normal', reason, message, count = 1, firstMs, lastMs, component = 'kubelet', fieldPath = null }) {
  pod.events.push({ type, reason, message, count, firstMs, lastMs: lastMs ?? firstMs, component, fieldPath });
}

const podRef = (p) => `${p.name}_${p.ns}(${p.uid})`;
const syncErr = (p, action, target, reason, msg) => `"Error syncing pod, skipping" err=${q(`failed to "${action}" for "${target}" with ${reason}: ${q(msg)}`)} pod="${p.ns}/${p.name}" podUID="${p.uid}"`;
const containerDump = (c) => `&Container{Name:${c.name},Image:${c.image},Command:[],Args:[],WorkingDir:,Ports:[]ContainerPort{ContainerPort{Name:http,HostPort:0,ContainerPort:${c.port},Protocol:TCP,HostIP:,},},Env:[]EnvVar{},Resources:ResourceRequirements{Limits:ResourceList{memory: {{${c.memLimit}}},},Requests:ResourceList{cpu: {{${c.cpuReq}}},},Claims:[]ResourceClaim{},},VolumeMounts:[]VolumeMount{},TerminationMessagePath:/dev/termination-log,ImagePullPolicy:IfNotPresent,TTY:false,}`;

function plantFailures(cluster, rng) {
  const N = cluster.nodes.length;
  const us = (ms) => ms * 1000;

  // 1. A bad rollout: five pods whose image manifest was garbage-collected in the registry.
  const pulls = [['shop-prod', 'cart', 'shop'], ['shop-prod', 'cart', 'shop'], ['shop-prod', 'cart', 'shop'], ['payments-prod', 'ledger', 'payments'], ['payments-prod', 'ledger', 'payments']];
  pulls.forEach(([ns, app, team], i) => {
    const image = `registry.example.com/${team}/${app}:v2.14.1`;
    const digest = rng.hex(64);
    const created = COLLECTED_MS - (42 + i) * MIN;
    const pod = plantedPod(cluster, rng, { ns, app, image, node: nodeAt(cluster, 1 + i * 3), createdMs: created });
    const c = pod.containers[0];
    const inner = `failed to pull and unpack image "${image}": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry.example.com/v2/${team}/${app}/manifests/sha256:${digest}: 404 Not Found - Server message: manifest unknown: manifest unknown`;
    const pullErr = `rpc error: code = NotFound desc = ${inner}`;
    // kubelet >= 1.30 carries the pull error in the back-off message; older ones only say "Back-off pulling image".
    const message = i < 2 ? `Back-off pulling image "${image}": ErrImagePull: ${pullErr}` : `Back-off pulling image "${image}"`;
    pod.kind = 'image-not-found';
    pod.status = waitingStatus(pod, 'ImagePullBackOff', message);
    const fp = `spec.containers{${c.name}}`;
    event(pod, { reason: 'Scheduled', message: `Successfully assigned ${ns}/${pod.name} to ${pod.node.name}`, firstMs: created + 900, component: 'default-scheduler' });
    event(pod, { reason: 'Pulling', message: `Pulling image "${image}"`, count: 9, firstMs: created + 2000, lastMs: COLLECTED_MS - 6 * MIN, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: `Failed to pull image "${image}": ${pullErr}`, count: 9, firstMs: created + 3000, lastMs: COLLECTED_MS - 6 * MIN + 900, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', count: 9, firstMs: created + 3000, lastMs: COLLECTED_MS - 6 * MIN + 900, fieldPath: fp });
    event(pod, { reason: 'BackOff', message: `Back-off pulling image "${image}"`, count: 171, firstMs: created + 4000, lastMs: COLLECTED_MS - 20_000, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', count: 171, firstMs: created + 4000, lastMs: COLLECTED_MS - 20_000, fieldPath: fp });
    for (let t = created + 3000; t < COLLECTED_MS - MIN; t += 15_000 + rng.int(5000)) {
      const pullTime = (t - created) % (5 * MIN) < 20_000;
      if (pullTime) {
        journal(cluster, pod.node, 'containerd', us(t) - 900_000, containerdLine(pod.node, 'info', `PullImage "${image}"`));
        journal(cluster, pod.node, 'containerd', us(t) - 400_000, containerdLine(pod.node, 'error', `PullImage "${image}" failed`, ` error=${q(inner)}`));
        journal(cluster, pod.node, 'kubelet', us(t) - 390_000, kubeletLine(pod.node, 'E', 'remote_image.go:180', `"PullImage from image service failed" err=${q(pullErr)} image="${image}"`));
        journal(cluster, pod.node, 'kubelet', us(t) - 380_000, kubeletLine(pod.node, 'E', 'kuberuntime_image.go:55', `"Failed to pull image" err=${q(pullErr)} image="${image}"`));
        journal(cluster, pod.node, 'kubelet', us(t) - 370_000, kubeletLine(pod.node, 'E', 'kuberuntime_manager.go:1256', `container ${containerDump(c)} start failed in pod ${podRef(pod)}: ErrImagePull: ${pullErr}`));
        journal(cluster, pod.node, 'kubelet', us(t) - 360_000, kubeletLine(pod.node, 'E', 'pod_workers.go:1301', syncErr(pod, 'StartContainer', c.name, 'ErrImagePull', pullErr)));
      } else {
        journal(cluster, pod.node, 'kubelet', us(t), kubeletLine(pod.node, 'E', 'pod_workers.go:1301', syncErr(pod, 'StartContainer', c.name, 'ImagePullBackOff', `Back-off pulling image "${image}"`)));
      }
    }
    pod.logs = { errors: `container "${c.name}" in pod "${pod.name}" is waiting to start: trying and failing to pull image` };
    expect(cluster, pod, 'ImagePullBackOff', 'image.not-found', true, 'image manifest deleted from the registry ("manifest unknown")');
  });

  // 2. Three memory-hungry apps in CrashLoopBackOff: each run ends in a memcg OOM kill on its node.
  const ooms = [['search-prod', 'search-indexer', 'java', 2], ['shop-prod', 'recommendations', 'java', 8], ['data-prod', 'etl-worker', 'go', 14]];
  for (const [ns, app, flavor, nodeIdx] of ooms) {
    const node = nodeAt(cluster, nodeIdx);
    const image = `registry.example.com/${ns.split('-')[0]}/${app}:v5.${rng.range(0, 9)}.${rng.range(0, 9)}`;
    // Runs of 40-90 s, kubelet back-off 10s, 20s, 40s, ... capped at 5m; the 7th crash is the last state.
    const backoffs = [10, 20, 40, 80, 160, 300];
    const runs = [];
    let t = 0;
    for (let r = 0; r < 7; r++) {
      const run = rng.range(40, 90) * 1000 + rng.int(1000);
      runs.push({ start: t, end: t + run, cid: rng.hex(64), pid: rng.range(3000, 90000) });
      t += run + (r < 6 ? backoffs[r] * 1000 : 0);
    }
    const created = COLLECTED_MS - 4 * MIN - t - 8000;
    const pod = plantedPod(cluster, rng, { ns, app, image, node, createdMs: created, flavor });
    const c = pod.containers[0];
    c.memLimit = flavor === 'java' ? '1Gi' : '512Mi';
    for (const r of runs) { r.start += created + 6000; r.end += created + 6000; }
    const last = runs[runs.length - 1];
    c.restartCount = 6;
    c.cid = last.cid;
    pod.kind = 'oom-crashloop';
    pod.runs = runs;
    pod.status = {
      phase: 'Running',
      ready: false,
      containerStatuses: [{
        name: c.name,
        state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${c.name} pod=${podRef(pod)}` } },
        lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: iso(last.start), finishedAt: iso(last.end), containerID: `containerd://${last.cid}` } },
        ready: false, restartCount: 6, image: c.image, imageID: `${c.image.replace(/:[^:/]+$/, '')}@sha256:${rng.hex(64)}`, containerID: `containerd://${last.cid}`, started: false,
      }],
    };
    const fp = `spec.containers{${c.name}}`;
    event(pod, { reason: 'Scheduled', message: `Successfully assigned ${ns}/${pod.name} to ${node.name}`, firstMs: created + 900, component: 'default-scheduler' });
    event(pod, { reason: 'Pulled', message: `Container image "${image}" already present on machine`, count: 7, firstMs: runs[0].start - 500, lastMs: last.start - 500, fieldPath: fp });
    event(pod, { reason: 'Created', message: `Created container ${c.name}`, count: 7, firstMs: runs[0].start - 300, lastMs: last.start - 300, fieldPath: fp });
    event(pod, { reason: 'Started', message: `Started container ${c.name}`, count: 7, firstMs: runs[0].start, lastMs: last.start, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${c.name} in pod ${podRef(pod)}`, count: 27, firstMs: runs[0].end + 1000, lastMs: COLLECTED_MS - 15_000, fieldPath: fp });
    const memcg = `/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod${pod.uid.replace(/-/g, '_')}.slice`;
    const proc = flavor === 'java' ? 'java' : 'etl-worker';
    const limitKB = c.memLimit === '1Gi' ? 1048576 : 524288;
    runs.forEach((r, k) => {
      const kill = us(r.end) - 30_000;
      const scope = `${memcg}/cri-containerd-${r.cid}.scope`;
      const K = (dt, msg) => journal(cluster, node, 'kernel', kill + dt, kernelLine(node, msg));
      K(0, `${proc} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984`);
      K(1, `CPU: ${rng.int(8)} PID: ${r.pid} Comm: ${proc} Not tainted 6.1.0-18-cloud-amd64 #1  Debian 6.1.76-1`);
      K(2, 'Hardware name: Amazon EC2 m5.2xlarge/, BIOS 1.0 10/16/2017');
      K(3, 'Call Trace:');
      K(4, ' <TASK>');
      ['dump_stack_lvl+0x44/0x5c', 'dump_header+0x4a/0x211', 'oom_kill_process.cold+0xb/0x10', 'out_of_memory+0x1fd/0x4c0', 'mem_cgroup_out_of_memory+0x134/0x150', 'try_charge_memcg+0x696/0x780', 'charge_memcg+0x39/0xa0', '__mem_cgroup_charge+0x28/0x80']
        .forEach((f, i) => K(5 + i, ` ${f}`));
      K(13, ' </TASK>');
      K(14, `memory: usage ${limitKB}kB, limit ${limitKB}kB, failcnt ${rng.range(20, 900)}`);
      K(15, 'swap: usage 0kB, limit 0kB, failcnt 0');
      K(16, 'Tasks state (memory values in pages):');
      K(17, '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name');
      K(18, `[${String(r.pid).padStart(7)}]  1000 ${String(r.pid).padStart(5)}  ${rng.range(900000, 2100000)}   ${limitKB / 4 - rng.int(500)}  ${rng.range(2, 5)}${rng.range(100000, 999999)}        0           984 ${proc}`);
      K(19, `oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-${r.cid}.scope,mems_allowed=0,oom_memcg=${scope},task_memcg=${scope},task=${proc},pid=${r.pid},uid=1000`);
      K(20, `Memory cgroup out of memory: Killed process ${r.pid} (${proc}) total-vm:${rng.range(3000000, 8000000)}kB, anon-rss:${limitKB - rng.range(1000, 9000)}kB, file-rss:${rng.range(9000, 40000)}kB, shmem-rss:0kB, UID:1000 pgtables:${rng.range(2000, 9000)}kB oom_score_adj:984`);
      K(20_000, `oom_reaper: reaped process ${r.pid} (${proc}), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB`);
      journal(cluster, node, 'containerd', kill + 5_000, containerdLine(node, 'info', `TaskOOM event container_id:"${r.cid}"`));
      journal(cluster, node, 'containerd', kill + 60_000, containerdLine(node, 'info', 'shim disconnected', ` id=${r.cid} namespace=k8s.io`));
      journal(cluster, node, 'kubelet', kill + 900_000, kubeletLine(node, 'I', 'kubelet.go:2453', `"SyncLoop (PLEG): event for pod" pod="${ns}/${pod.name}" event={"ID":"${pod.uid}","Type":"ContainerDied","Data":"${r.cid}"}`));
      // While backing off, every pod sync says so.
      const next = runs[k + 1]?.start ?? COLLECTED_MS - 5000;
      const backoff = k < 6 ? backoffs[k] : 300;
      for (let s = r.end + 1200; s < next - 500; s += 10_000 + rng.int(6000)) {
        journal(cluster, node, 'kubelet', us(s), kubeletLine(node, 'E', 'pod_workers.go:1301', syncErr(pod, 'StartContainer', c.name, 'CrashLoopBackOff', `back-off ${backoff >= 60 ? `${Math.floor(backoff / 60)}m${backoff % 60}s` : `${backoff}s`} restarting failed container=${c.name} pod=${podRef(pod)}`)));
      }
    });
    pod.logs = { oomRuns: runs.slice(-2) };
    expect(cluster, pod, 'CrashLoopBackOff', 'resources.oom-killed', true, `memcg OOM kill (exit 137) on every run; kernel OOM lines on ${node.name}`);
    cluster.expected.signals.push({ type: 'node.oom-kill', node: node.name });
  }

  // 3. Two deployments that reference a Secret nobody created.
  const cfgs = [['payments-prod', 'payments-api', 'payments-db-credentials'], ['shop-prod', 'checkout', 'checkout-stripe-key']];
  cfgs.forEach(([ns, app, secret], i) => {
    const image = `registry.example.com/${ns.split('-')[0]}/${app}:v3.${rng.range(0, 9)}.0`;
    const created = COLLECTED_MS - (25 + i * 7) * MIN;
    const pod = plantedPod(cluster, rng, { ns, app, image, node: nodeAt(cluster, 5 + i * 4), createdMs: created, env: [{ name: 'DB_PASSWORD', secret, key: 'password' }] });
    const c = pod.containers[0];
    const msg = `secret "${secret}" not found`;
    pod.kind = 'config-missing';
    pod.status = waitingStatus(pod, 'CreateContainerConfigError', msg);
    const fp = `spec.containers{${c.name}}`;
    event(pod, { reason: 'Scheduled', message: `Successfully assigned ${ns}/${pod.name} to ${pod.node.name}`, firstMs: created + 800, component: 'default-scheduler' });
    event(pod, { reason: 'Pulled', message: `Container image "${image}" already present on machine`, count: 118, firstMs: created + 2000, lastMs: COLLECTED_MS - 40_000, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: `Error: ${msg}`, count: 118, firstMs: created + 2100, lastMs: COLLECTED_MS - 40_000, fieldPath: fp });
    for (let t = created + 2100; t < COLLECTED_MS - 30_000; t += 12_000 + rng.int(6000)) {
      journal(cluster, pod.node, 'kubelet', us(t), kubeletLine(pod.node, 'E', 'kuberuntime_manager.go:1256', `container ${containerDump(c)} start failed in pod ${podRef(pod)}: CreateContainerConfigError: ${msg}`));
      journal(cluster, pod.node, 'kubelet', us(t) + 40, kubeletLine(pod.node, 'E', 'pod_workers.go:1301', syncErr(pod, 'StartContainer', c.name, 'CreateContainerConfigError', msg)));
    }
    pod.logs = { errors: `container "${c.name}" in pod "${pod.name}" is waiting to start: CreateContainerConfigError` };
    expect(cluster, pod, 'CreateContainerConfigError', 'app.config-missing', true, `env references Secret "${secret}" that does not exist`);
  });

  // Node-level trouble used below: one node's image filesystem is full, one node's pod IP range is used up.
  const diskNode = nodeAt(cluster, 6);
  const ipNode = nodeAt(cluster, 4);
  const plegNode = nodeAt(cluster, 11);

  // 4. Pods nobody can schedule: memory requests larger than any node has free.
  for (let i = 0; i < 3; i++) {
    const created = COLLECTED_MS - (18 + i) * MIN;
    const image = 'registry.example.com/data/spark-executor:3.5.1';
    const pod = plantedPod(cluster, rng, { ns: 'data-prod', app: 'spark-executor', image, node: null, createdMs: created });
    pod.containers[0].memLimit = '96Gi';
    pod.kind = 'unschedulable';
    const msg = `0/${N} nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/disk-pressure: }, ${N - 1} Insufficient memory. preemption: 0/${N} nodes are available: 1 Preemption is not helpful for scheduling, ${N - 1} No preemption victims found for incoming pod.`;
    pod.status = { phase: 'Pending', unschedulable: msg };
    event(pod, { type: 'Warning', reason: 'FailedScheduling', message: msg, count: 14, firstMs: created + 200, lastMs: COLLECTED_MS - 3 * MIN, component: 'default-scheduler' });
    pod.collectLogs = false; // never started: nothing to collect
    expect(cluster, pod, 'FailedScheduling', 'scheduling.unschedulable', true, 'requests 96Gi of memory; no node has it');
  }

  // 5. Two new pods on a node whose host-local IPAM range is exhausted (leaked IPs after a CNI upgrade).
  const range = `10.244.${ipNode.index}.1-10.244.${ipNode.index}.254`;
  for (let i = 0; i < 2; i++) {
    const created = COLLECTED_MS - (33 - i * 4) * MIN;
    const app = i === 0 ? 'frontend' : 'notifications';
    const image = `registry.example.com/shop/${app}:v7.${rng.range(0, 9)}.${rng.range(0, 9)}`;
    const pod = plantedPod(cluster, rng, { ns: 'shop-prod', app, image, node: ipNode, createdMs: created, flavor: 'nginx' });
    pod.ip = null;
    pod.kind = 'ip-exhausted';
    pod.status = waitingStatus(pod, 'ContainerCreating', null, { sandboxReady: false });
    event(pod, { reason: 'Scheduled', message: `Successfully assigned shop-prod/${pod.name} to ${ipNode.name}`, firstMs: created + 700, component: 'default-scheduler' });
    let count = 0;
    let lastMs = 0;
    let firstErr = '';
    for (let t = created + 1500; t < COLLECTED_MS - 20_000; t += 25_000 + rng.int(15_000)) {
      const sandbox = rng.hex(64);
      const cni = `failed to setup network for sandbox ${q(sandbox)}: plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: ${range}`;
      const rpc = `rpc error: code = Unknown desc = ${cni}`;
      firstErr ||= rpc;
      const meta = `&PodSandboxMetadata{Name:${pod.name},Uid:${pod.uid},Namespace:shop-prod,Attempt:0,}`;
      journal(cluster, ipNode, 'containerd', us(t), containerdLine(ipNode, 'info', `RunPodSandbox for ${meta}`));
      journal(cluster, ipNode, 'containerd', us(t) + 180_000, containerdLine(ipNode, 'error', `RunPodSandbox for ${meta} failed, error`, ` error=${q(cni)}`));
      journal(cluster, ipNode, 'kubelet', us(t) + 181_000, kubeletLine(ipNode, 'E', 'remote_runtime.go:193', `"RunPodSandbox from runtime service failed" err=${q(rpc)}`));
      journal(cluster, ipNode, 'kubelet', us(t) + 181_100, kubeletLine(ipNode, 'E', 'kuberuntime_sandbox.go:72', `"Failed to create sandbox for pod" err=${q(rpc)} pod="shop-prod/${pod.name}"`));
      journal(cluster, ipNode, 'kubelet', us(t) + 181_200, kubeletLine(ipNode, 'E', 'kuberuntime_manager.go:1166', `"CreatePodSandbox for pod failed" err=${q(rpc)} pod="shop-prod/${pod.name}"`));
      journal(cluster, ipNode, 'kubelet', us(t) + 181_300, kubeletLine(ipNode, 'E', 'pod_workers.go:1301', syncErr(pod, 'CreatePodSandbox', podRef(pod), 'CreatePodSandboxError', `Failed to create sandbox for pod ${q(podRef(pod))}: ${rpc}`)));
      count++;
      lastMs = t + 200;
    }
    event(pod, { type: 'Warning', reason: 'FailedCreatePodSandBox', message: `Failed to create pod sandbox: ${firstErr}`, count, firstMs: created + 1700, lastMs });
    pod.collectLogs = false;
    expect(cluster, pod, 'CreatePodSandboxError', 'cni.ip-exhausted', true, `host-local range ${range} on ${ipNode.name} has no free address`);
  }
  cluster.expected.signals.push({ type: 'cni.ip-exhausted', node: ipNode.name });

  // 6. One pull that fails because the node's image filesystem is full.
  {
    const created = COLLECTED_MS - 37 * MIN;
    const image = 'registry.example.com/data/reporting:3.8.0';
    const pod = plantedPod(cluster, rng, { ns: 'data-prod', app: 'reporting', image, node: diskNode, createdMs: created });
    const c = pod.containers[0];
    const layer = rng.hex(64);
    const snap = rng.range(3000, 9000);
    const inner = `failed to pull and unpack image "${image}": failed to extract layer sha256:${layer}: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/${snap}/fs/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device: unknown`;
    const pullErr = `rpc error: code = Unknown desc = ${inner}`;
    pod.kind = 'disk-full';
    pod.status = waitingStatus(pod, 'ImagePullBackOff', `Back-off pulling image "${image}": ErrImagePull: ${pullErr}`);
    const fp = `spec.containers{${c.name}}`;
    event(pod, { reason: 'Scheduled', message: `Successfully assigned data-prod/${pod.name} to ${diskNode.name}`, firstMs: created + 800, component: 'default-scheduler' });
    event(pod, { reason: 'Pulling', message: `Pulling image "${image}"`, count: 8, firstMs: created + 1500, lastMs: COLLECTED_MS - 4 * MIN, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: `Failed to pull image "${image}": ${pullErr}`, count: 8, firstMs: created + 95_000, lastMs: COLLECTED_MS - 2 * MIN, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', count: 8, firstMs: created + 95_000, lastMs: COLLECTED_MS - 2 * MIN, fieldPath: fp });
    event(pod, { reason: 'BackOff', message: `Back-off pulling image "${image}"`, count: 120, firstMs: created + 96_000, lastMs: COLLECTED_MS - 30_000, fieldPath: fp });
    event(pod, { type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', count: 120, firstMs: created + 96_000, lastMs: COLLECTED_MS - 30_000, fieldPath: fp });
    for (let t = created + 1500; t < COLLECTED_MS - 3 * MIN; t += 5 * MIN) {
      journal(cluster, diskNode, 'containerd', us(t), containerdLine(diskNode, 'info', `PullImage "${image}"`));
      journal(cluster, diskNode, 'containerd', us(t) + 93e6, containerdLine(diskNode, 'info', 'apply failure, attempting cleanup', ` error=${q(`failed to extract layer sha256:${layer}: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/${snap}/fs/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device: unknown`)} key="extract-${rng.range(100000000, 999999999)}-${rng.suffix(4)} sha256:${rng.hex(64)}"`));
      journal(cluster, diskNode, 'containerd', us(t) + 93.4e6, containerdLine(diskNode, 'error', `PullImage "${image}" failed`, ` error=${q(inner)}`));
      journal(cluster, diskNode, 'kubelet', us(t) + 93.5e6, kubeletLine(diskNode, 'E', 'remote_image.go:180', `"PullImage from image service failed" err=${q(pullErr)} image="${image}"`));
      journal(cluster, diskNode, 'kubelet', us(t) + 93.6e6, kubeletLine(diskNode, 'E', 'pod_workers.go:1301', syncErr(pod, 'StartContainer', c.name, 'ErrImagePull', pullErr)));
    }
    // Image GC cannot free anything: every image on the node is in use.
    for (let t = COLLECTED_MS - 3 * HOUR; t < COLLECTED_MS; t += 5 * MIN) {
      const usage = Math.min(99, 93 + Math.floor((t - (COLLECTED_MS - 3 * HOUR)) / (30 * MIN)));
      journal(cluster, diskNode, 'kubelet', us(t), kubeletLine(diskNode, 'I', 'image_gc_manager.go:310', `"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=${usage} highThreshold=85 amountToFree=${rng.range(9e9, 14e9)} lowThreshold=80`));
      journal(cluster, diskNode, 'kubelet', us(t) + 2e6, kubeletLine(diskNode, 'E', 'kubelet.go:1411', `"Image garbage collection failed multiple times in a row" err="failed to garbage collect required amount of images. Attempted to free ${rng.range(9e9, 14e9)} bytes, but only found 0 bytes eligible to free."`));
    }
    cluster.nodeEvents.push({ node: diskNode, type: 'Warning', reason: 'FreeDiskSpaceFailed', message: `Failed to garbage collect required amount of images. Attempted to free 11284973568 bytes, but only found 0 bytes eligible to free.`, count: 36, firstMs: COLLECTED_MS - 3 * HOUR, lastMs: COLLECTED_MS - MIN });
    cluster.nodeEvents.push({ node: diskNode, type: 'Warning', reason: 'ImageGCFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 11284973568 bytes, but only found 0 bytes eligible to free.', count: 36, firstMs: COLLECTED_MS - 3 * HOUR, lastMs: COLLECTED_MS - MIN });
    diskNode.conditions.DiskPressure = { status: 'True', reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure', since: COLLECTED_MS - 2 * HOUR };
    diskNode.taints.push({ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: iso(COLLECTED_MS - 2 * HOUR) });
    expect(cluster, pod, 'ImagePullBackOff', 'node.disk-full', true, `layer extraction fails: no space left on device on ${diskNode.name}`);
    cluster.expected.signals.push({ type: 'node.disk-full', node: diskNode.name });
  }

  // 7. A node whose runtime stalled for a few minutes half an hour ago (PLEG), Ready again since.
  {
    const from = COLLECTED_MS - 35 * MIN;
    for (let t = from; t < from + 4 * MIN; t += 5000 + rng.int(3000)) {
      const ago = 180 + (t - from) / 1000;
      journal(cluster, plegNode, 'kubelet', us(t), kubeletLine(plegNode, 'I', 'kubelet.go:2347', `"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active ${Math.floor(ago / 60)}m${(ago % 60).toFixed(3)}s ago; threshold is 3m0s"`));
    }
    journal(cluster, plegNode, 'kubelet', us(from) - 2e6, kubeletLine(plegNode, 'E', 'generic.go:238', `"GenericPLEG: Unable to retrieve pods" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"`));
    journal(cluster, plegNode, 'kubelet', us(from) + 1e5, kubeletLine(plegNode, 'I', 'kubelet_node_status.go:702', `"Node became not ready" node="${plegNode.name}" condition={"type":"Ready","status":"False","lastHeartbeatTime":"${iso(from)}","lastTransitionTime":"${iso(from)}","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m0.613s ago; threshold is 3m0s"}`));
    journal(cluster, plegNode, 'containerd', us(from) - 30e6, containerdLine(plegNode, 'error', 'ListPodSandbox with filter &PodSandboxFilter{Id:,State:nil,LabelSelector:map[string]string{},} failed', ' error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"'));
    cluster.nodeEvents.push({ node: plegNode, type: 'Normal', reason: 'NodeNotReady', message: `Node ${plegNode.name} status is now: NodeNotReady`, count: 1, firstMs: from + 20_000, lastMs: from + 20_000, component: 'node-controller' });
    cluster.nodeEvents.push({ node: plegNode, type: 'Normal', reason: 'NodeReady', message: `Node ${plegNode.name} status is now: NodeReady`, count: 1, firstMs: from + 4 * MIN + 3000, lastMs: from + 4 * MIN + 3000 });
    cluster.expected.signals.push({ type: 'runtime.unresponsive', node: plegNode.name });
  }
}

/** Status of a pod whose only container waits with `reason`. */
function waitingStatus(pod, reason, message, { sandboxReady = true } = {}) {
  const c = pod.containers[0];
  const waiting = message ? { reason, message } : { reason };
  return {
    phase: 'Pending',
    ready: false,
    sandboxReady,
    containerStatuses: [{ name: c.name, state: { waiting }, lastState: {}, ready: false, restartCount: 0, image: c.image, imageID: '', started: false }],
  };
}
