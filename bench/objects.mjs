// Kubernetes objects of the synthetic cluster as troubleshoot writes them: typed lists
// (PodList, EventList, NodeList...) pretty-printed with two spaces, items in the full API shape
// including managedFields, so that parsing cost per pod is that of a real bundle
// (shared/real-samples/troubleshoot-baseline-2025.tar.gz was the model).
import { COLLECTED_MS, iso } from './cluster.mjs';

const list = (kind, items, apiVersion = 'v1') => `${JSON.stringify({ kind, apiVersion, metadata: { resourceVersion: '918273' }, items }, null, 2)}\n`;

const managedBy = (manager, timeMs, fields, subresource) => ({
  manager, operation: 'Update', apiVersion: 'v1', time: iso(timeMs), fieldsType: 'FieldsV1', fieldsV1: fields, ...(subresource ? { subresource } : {}),
});

function podManagedFields(pod) {
  const containers = {};
  for (const c of pod.containers) {
    containers[`k:{"name":"${c.name}"}`] = {
      '.': {}, 'f:image': {}, 'f:imagePullPolicy': {}, 'f:name': {},
      'f:ports': { '.': {}, [`k:{"containerPort":${c.port},"protocol":"TCP"}`]: { '.': {}, 'f:containerPort': {}, 'f:name': {}, 'f:protocol': {} } },
      'f:resources': { '.': {}, 'f:limits': { '.': {}, 'f:memory': {} }, 'f:requests': { '.': {}, 'f:cpu': {} } },
      'f:terminationMessagePath': {}, 'f:terminationMessagePolicy': {},
    };
  }
  return [
    managedBy('kube-controller-manager', pod.createdMs, {
      'f:metadata': { 'f:generateName': {}, 'f:labels': { '.': {}, 'f:app': {}, 'f:pod-template-hash': {} }, 'f:ownerReferences': { '.': {}, [`k:{"uid":"${pod.owner.uid}"}`]: {} } },
      'f:spec': { 'f:containers': containers, 'f:dnsPolicy': {}, 'f:enableServiceLinks': {}, 'f:restartPolicy': {}, 'f:schedulerName': {}, 'f:securityContext': {}, 'f:terminationGracePeriodSeconds': {} },
    }),
    managedBy('kubelet', pod.createdMs + 4000, {
      'f:status': {
        'f:conditions': Object.fromEntries(['ContainersReady', 'Initialized', 'PodReadyToStartContainers', 'Ready'].map((t) => [`k:{"type":"${t}"}`, { '.': {}, 'f:lastProbeTime': {}, 'f:lastTransitionTime': {}, 'f:status': {}, 'f:type': {} }])),
        'f:containerStatuses': {}, 'f:hostIP': {}, 'f:hostIPs': {}, 'f:phase': {}, 'f:podIP': {}, 'f:podIPs': { '.': {}, [`k:{"ip":"${pod.ip ?? ''}"}`]: { '.': {}, 'f:ip': {} } }, 'f:startTime': {},
      },
    }, 'status'),
  ];
}

function containerSpec(pod, c) {
  return {
    name: c.name,
    image: c.image,
    ports: [{ name: 'http', containerPort: c.port, protocol: 'TCP' }],
    env: [
      { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
      { name: 'LOG_LEVEL', value: 'info' },
      ...c.env.map((e) => ({ name: e.name, valueFrom: { secretKeyRef: { name: e.secret, key: e.key } } })),
    ],
    resources: { limits: { memory: c.memLimit }, requests: { cpu: c.cpuReq, memory: c.memLimit } },
    volumeMounts: [{ name: `kube-api-access-${pod.sfx}`, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
    livenessProbe: { httpGet: { path: '/healthz', port: c.port, scheme: 'HTTP' }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
    readinessProbe: { httpGet: { path: '/ready', port: c.port, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    imagePullPolicy: 'IfNotPresent',
  };
}

const cond = (type, status, ms, extra = {}) => ({ type, status, lastProbeTime: null, lastTransitionTime: iso(ms), ...extra });

function imageId(c) {
  return `${c.image.replace(/:[^:/]+$/, '')}@sha256:${c.cid}`;
}

function podStatus(pod) {
  const started = pod.createdMs + 3000;
  const base = {
    hostIP: pod.node?.ip, hostIPs: pod.node ? [{ ip: pod.node.ip }] : undefined,
    podIP: pod.ip ?? undefined, podIPs: pod.ip ? [{ ip: pod.ip }] : undefined,
    startTime: pod.node ? iso(pod.createdMs + 1000) : undefined,
  };
  const initStatuses = pod.initContainers.map((c) => ({
    name: c.name, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: iso(started - 2000), finishedAt: iso(started - 1000), containerID: `containerd://${c.cid}` } },
    lastState: {}, ready: true, restartCount: 0, image: c.image, imageID: imageId(c), containerID: `containerd://${c.cid}`, started: false,
  }));
  const s = pod.status;
  if (s?.unschedulable) {
    return { phase: 'Pending', conditions: [cond('PodScheduled', 'False', pod.createdMs + 200, { reason: 'Unschedulable', message: s.unschedulable })], qosClass: 'Burstable' };
  }
  if (s) {
    const unready = { reason: 'ContainersNotReady', message: `containers with unready status: [${pod.containers.map((c) => c.name).join(' ')}]` };
    return {
      phase: s.phase,
      conditions: [
        cond('PodReadyToStartContainers', s.sandboxReady === false ? 'False' : 'True', pod.createdMs + 2000),
        cond('Initialized', 'True', pod.createdMs + 1000),
        cond('Ready', 'False', pod.createdMs + 1000, unready),
        cond('ContainersReady', 'False', pod.createdMs + 1000, unready),
        cond('PodScheduled', 'True', pod.createdMs + 900),
      ],
      ...base,
      ...(initStatuses.length ? { initContainerStatuses: initStatuses } : {}),
      containerStatuses: s.containerStatuses,
      qosClass: 'Burstable',
    };
  }
  if (pod.kind === 'completed') {
    const end = pod.createdMs + 90_000;
    return {
      phase: 'Succeeded',
      conditions: [
        cond('PodReadyToStartContainers', 'False', end), cond('Initialized', 'True', pod.createdMs + 1000, { reason: 'PodCompleted' }),
        cond('Ready', 'False', end, { reason: 'PodCompleted' }), cond('ContainersReady', 'False', end, { reason: 'PodCompleted' }), cond('PodScheduled', 'True', pod.createdMs + 500),
      ],
      ...base,
      containerStatuses: pod.containers.map((c) => ({
        name: c.name, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: iso(started), finishedAt: iso(end), containerID: `containerd://${c.cid}` } },
        lastState: {}, ready: false, restartCount: 0, image: c.image, imageID: imageId(c), containerID: `containerd://${c.cid}`, started: false,
      })),
      qosClass: 'Burstable',
    };
  }
  return {
    phase: 'Running',
    conditions: [
      cond('PodReadyToStartContainers', 'True', started), cond('Initialized', 'True', started - 1000),
      cond('Ready', 'True', started + 8000), cond('ContainersReady', 'True', started + 8000), cond('PodScheduled', 'True', pod.createdMs + 500),
    ],
    ...base,
    ...(initStatuses.length ? { initContainerStatuses: initStatuses } : {}),
    containerStatuses: pod.containers.map((c) => ({
      name: c.name,
      state: { running: { startedAt: iso(c.lastFinishedMs ? c.lastFinishedMs + 12_000 : started) } },
      lastState: c.lastFinishedMs ? { terminated: { exitCode: 1, reason: 'Error', startedAt: iso(started), finishedAt: iso(c.lastFinishedMs), containerID: `containerd://${c.cid.split('').reverse().join('')}` } } : {},
      ready: true, restartCount: c.restartCount, image: c.image, imageID: imageId(c), containerID: `containerd://${c.cid}`, started: true,
    })),
    qosClass: 'Burstable',
  };
}

export function podJson(pod) {
  const prefix = `${pod.owner.name}-`;
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: pod.name, generateName: prefix, namespace: pod.ns, uid: pod.uid, resourceVersion: String(100000 + (parseInt(pod.uid.slice(0, 6), 16) % 800000)),
      creationTimestamp: iso(pod.createdMs),
      labels: { app: pod.app, ...(pod.owner.kind === 'ReplicaSet' ? { 'pod-template-hash': pod.owner.name.slice(pod.owner.name.lastIndexOf('-') + 1) } : {}) },
      ownerReferences: [{ apiVersion: pod.owner.kind === 'Job' ? 'batch/v1' : 'apps/v1', kind: pod.owner.kind, name: pod.owner.name, uid: pod.owner.uid, controller: true, blockOwnerDeletion: true }],
      managedFields: podManagedFields(pod),
    },
    spec: {
      volumes: [{
        name: `kube-api-access-${pod.sfx}`,
        projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } }, { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } }], defaultMode: 420 },
      }],
      ...(pod.initContainers.length ? { initContainers: pod.initContainers.map((c) => containerSpec(pod, c)) } : {}),
      containers: pod.containers.map((c) => containerSpec(pod, c)),
      restartPolicy: pod.owner.kind === 'Job' ? 'Never' : 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      serviceAccount: 'default',
      ...(pod.node ? { nodeName: pod.node.name } : {}),
      securityContext: {},
      schedulerName: 'default-scheduler',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      priority: 0,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
    },
    status: podStatus(pod),
  };
}

export const podListJson = (pods) => list('PodList', pods.map(podJson));

// ---- events ----

function eventJson(rng, ns, obj, e) {
  const first = e.firstMs;
  const last = e.lastMs ?? first;
  return {
    kind: 'Event',
    apiVersion: 'v1',
    metadata: {
      name: `${obj.name}.${rng.hex(16)}`, namespace: ns, uid: rng.uuid(), resourceVersion: String(rng.range(100000, 999999)), creationTimestamp: iso(first),
      managedFields: [managedBy(e.component === 'kubelet' ? 'kubelet' : e.component, last, { 'f:count': {}, 'f:firstTimestamp': {}, 'f:involvedObject': {}, 'f:lastTimestamp': {}, 'f:message': {}, 'f:reason': {}, 'f:reportingComponent': {}, 'f:reportingInstance': {}, 'f:source': { 'f:component': {}, 'f:host': {} }, 'f:type': {} })],
    },
    involvedObject: { kind: obj.kind, namespace: obj.kind === 'Node' ? undefined : ns, name: obj.name, uid: obj.uid, apiVersion: 'v1', resourceVersion: String(rng.range(1000, 99999)), ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}) },
    reason: e.reason,
    message: e.message,
    source: { component: e.component, ...(e.component === 'kubelet' && obj.host ? { host: obj.host } : {}) },
    firstTimestamp: iso(first),
    lastTimestamp: iso(last),
    count: e.count,
    type: e.type,
    eventTime: null,
    reportingComponent: e.component,
    reportingInstance: e.component === 'kubelet' ? obj.host ?? '' : '',
  };
}

/** Routine events of a pod: only pods started within the hour still have them (event TTL is 1h). */
function routineEvents(pod) {
  const out = [];
  if (COLLECTED_MS - pod.createdMs > 60 * 60_000 || !pod.node) return out;
  const t = pod.createdMs;
  out.push({ type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${pod.ns}/${pod.name} to ${pod.node.name}`, count: 1, firstMs: t + 400, component: 'default-scheduler' });
  let dt = 1500;
  for (const c of [...pod.initContainers, ...pod.containers]) {
    const fp = `spec.${pod.initContainers.includes(c) ? 'initContainers' : 'containers'}{${c.name}}`;
    const cached = c.cid.charCodeAt(0) % 3 !== 0;
    if (cached) {
      out.push({ type: 'Normal', reason: 'Pulled', message: `Container image "${c.image}" already present on machine`, count: 1, firstMs: t + dt, component: 'kubelet', fieldPath: fp });
    } else {
      out.push({ type: 'Normal', reason: 'Pulling', message: `Pulling image "${c.image}"`, count: 1, firstMs: t + dt, component: 'kubelet', fieldPath: fp });
      dt += 2300;
      out.push({ type: 'Normal', reason: 'Pulled', message: `Successfully pulled image "${c.image}" in 2.291s (2.291s including waiting). Image size: ${40_000_000 + (c.cid.charCodeAt(1) * 997_331)} bytes.`, count: 1, firstMs: t + dt, component: 'kubelet', fieldPath: fp });
    }
    out.push({ type: 'Normal', reason: 'Created', message: `Created container ${c.name}`, count: 1, firstMs: t + dt + 200, component: 'kubelet', fieldPath: fp });
    out.push({ type: 'Normal', reason: 'Started', message: `Started container ${c.name}`, count: 1, firstMs: t + dt + 400, component: 'kubelet', fieldPath: fp });
    dt += 800;
  }
  return out;
}

export function eventListJson(rng, ns, pods, nodeEvents) {
  const items = [];
  for (const pod of pods) {
    const obj = { kind: 'Pod', name: pod.name, uid: pod.uid, host: pod.node?.name };
    for (const e of routineEvents(pod)) items.push(eventJson(rng, ns, obj, e));
    if (pod.kind === 'readiness-blip' && pod.node) {
      const c = pod.containers[0];
      items.push(eventJson(rng, ns, obj, { type: 'Warning', reason: 'Unhealthy', message: `Readiness probe failed: Get "http://${pod.ip}:${c.port}/ready": dial tcp ${pod.ip}:${c.port}: connect: connection refused`, count: 3, firstMs: COLLECTED_MS - 41 * 60_000, lastMs: COLLECTED_MS - 40 * 60_000, component: 'kubelet', fieldPath: `spec.containers{${c.name}}` }));
    }
    for (const e of pod.events) items.push(eventJson(rng, ns, obj, e));
  }
  for (const e of nodeEvents) items.push(eventJson(rng, ns, { kind: 'Node', name: e.node.name, uid: e.node.uid, host: e.node.name }, { component: 'kubelet', ...e }));
  items.sort((a, b) => a.lastTimestamp.localeCompare(b.lastTimestamp));
  return list('EventList', items);
}

// ---- nodes, namespaces, controllers ----

export function nodeListJson(nodes) {
  return list('NodeList', nodes.map((n) => {
    const c = (type, healthyStatus, okReason, okMessage) => {
      const o = n.conditions[type];
      return { type, status: o?.status ?? healthyStatus, lastHeartbeatTime: iso(COLLECTED_MS - 40_000), lastTransitionTime: iso(o?.since ?? n.bootMs + 60_000), reason: o?.reason ?? okReason, message: o?.message ?? okMessage };
    };
    return {
      kind: 'Node',
      apiVersion: 'v1',
      metadata: {
        name: n.name, uid: n.uid, resourceVersion: String(900000 + n.index), creationTimestamp: iso(n.bootMs - 90 * 86400_000),
        labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': n.name, 'kubernetes.io/os': 'linux', 'node.kubernetes.io/instance-type': 'm5.2xlarge', 'topology.kubernetes.io/zone': `eu-west-1${'abc'[n.index % 3]}` },
        annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan', 'flannel.alpha.coreos.com/public-ip': n.ip, 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      },
      spec: { podCIDR: n.podCidr, podCIDRs: [n.podCidr], providerID: `aws:///eu-west-1a/i-0${n.uid.replace(/-/g, '').slice(0, 16)}`, ...(n.taints.length ? { taints: n.taints } : {}) },
      status: {
        capacity: { cpu: '8', 'ephemeral-storage': '104845292Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '32386148Ki', pods: '110' },
        allocatable: { cpu: '7910m', 'ephemeral-storage': '95551679124', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '31235172Ki', pods: '110' },
        conditions: [
          c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status. AppArmor enabled'),
        ],
        addresses: [{ type: 'InternalIP', address: n.ip }, { type: 'Hostname', address: n.name }],
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: {
          machineID: n.uid.replace(/-/g, ''), systemUUID: n.uid, bootID: n.uid.split('').reverse().join(''), kernelVersion: '6.1.0-18-cloud-amd64', osImage: 'Debian GNU/Linux 12 (bookworm)',
          containerRuntimeVersion: 'containerd://1.7.13', kubeletVersion: 'v1.29.4', kubeProxyVersion: 'v1.29.4', operatingSystem: 'linux', architecture: 'amd64',
        },
      },
    };
  }));
}

export const namespaceListJson = (names) => list('NamespaceList', names.map((name, i) => ({
  kind: 'Namespace', apiVersion: 'v1',
  metadata: { name, uid: `0000${i.toString(16).padStart(4, '0')}-0000-4000-8000-000000000000`, resourceVersion: String(100 + i), creationTimestamp: iso(COLLECTED_MS - 200 * 86400_000), labels: { 'kubernetes.io/metadata.name': name } },
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
})));

export function deploymentListJson(deps) {
  return list('DeploymentList', deps.map((d) => ({
    kind: 'Deployment', apiVersion: 'apps/v1',
    metadata: { name: d.name, namespace: d.ns, uid: d.uid, generation: 3, creationTimestamp: iso(COLLECTED_MS - 90 * 86400_000), labels: { app: d.name } },
    spec: { replicas: d.replicas, selector: { matchLabels: { app: d.name } }, template: { metadata: { labels: { app: d.name } }, spec: { containers: [{ name: d.name, image: d.image }] } }, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } } },
    status: {
      observedGeneration: 3, replicas: d.replicas, updatedReplicas: d.replicas, readyReplicas: d.ready || undefined, availableReplicas: d.ready || undefined, unavailableReplicas: d.replicas - d.ready || undefined,
      conditions: [{ type: 'Available', status: d.ready === d.replicas ? 'True' : 'False', reason: d.ready === d.replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', message: d.ready === d.replicas ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.' }],
    },
  })), 'apps/v1');
}

export function replicaSetListJson(deps) {
  return list('ReplicaSetList', deps.map((d) => ({
    kind: 'ReplicaSet', apiVersion: 'apps/v1',
    metadata: { name: `${d.name}-${d.rsHash}`, namespace: d.ns, uid: d.rsUid, labels: { app: d.name, 'pod-template-hash': d.rsHash }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.name, uid: d.uid, controller: true, blockOwnerDeletion: true }] },
    spec: { replicas: d.replicas, selector: { matchLabels: { app: d.name, 'pod-template-hash': d.rsHash } } },
    status: { replicas: d.replicas, fullyLabeledReplicas: d.replicas, readyReplicas: d.ready || undefined, availableReplicas: d.ready || undefined, observedGeneration: 1 },
  })), 'apps/v1');
}

export function daemonSetListJson(dss, nodeCount) {
  return list('DaemonSetList', dss.map((d) => ({
    kind: 'DaemonSet', apiVersion: 'apps/v1',
    metadata: { name: d.name, namespace: d.ns, uid: d.uid, generation: d.generation, labels: { app: d.name } },
    spec: { selector: { matchLabels: { app: d.name } }, template: { spec: { containers: [{ name: d.name, image: d.image }] } } },
    status: { currentNumberScheduled: nodeCount, numberMisscheduled: 0, desiredNumberScheduled: nodeCount, numberReady: nodeCount, observedGeneration: d.generation, updatedNumberScheduled: nodeCount, numberAvailable: nodeCount },
  })), 'apps/v1');
}

// ---- the other namespaced lists troubleshoot writes for every namespace ----

/** Services and Endpoints for each Deployment, the two objects every namespace has, and empty lists. */
export function namespacedExtras(ns, deps, pods) {
  const meta = (name, extra = {}) => ({ name, namespace: ns, uid: `${(ns.length * 7919 + name.length).toString(16).padStart(8, '0')}-1111-4000-8000-${name.length.toString(16).padStart(12, '0')}`, resourceVersion: '4242', creationTimestamp: iso(COLLECTED_MS - 90 * 86400_000), ...extra });
  const byApp = new Map();
  for (const p of pods) if (p.ip) (byApp.get(p.app) ?? byApp.set(p.app, []).get(p.app)).push(p);
  const empty = (kind, apiVersion = 'v1') => list(kind, [], apiVersion);
  return {
    services: list('ServiceList', deps.map((d, i) => ({ kind: 'Service', apiVersion: 'v1', metadata: meta(d.name, { labels: { app: d.name } }), spec: { ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }], selector: { app: d.name }, clusterIP: `10.96.${(ns.length * 31 + i) % 250}.${(i * 17) % 250 + 2}`, type: 'ClusterIP', sessionAffinity: 'None' }, status: { loadBalancer: {} } }))),
    endpoints: list('EndpointsList', deps.map((d) => ({ kind: 'Endpoints', apiVersion: 'v1', metadata: meta(d.name, { labels: { app: d.name } }), subsets: [{ addresses: (byApp.get(d.name) ?? []).map((p) => ({ ip: p.ip, nodeName: p.node.name, targetRef: { kind: 'Pod', namespace: ns, name: p.name, uid: p.uid } })), ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] }] }))),
    configmaps: list('ConfigMapList', [{ kind: 'ConfigMap', apiVersion: 'v1', metadata: meta('kube-root-ca.crt', { annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }), data: { 'ca.crt': `-----BEGIN CERTIFICATE-----\n${'MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n'.repeat(16)}-----END CERTIFICATE-----\n` } }]),
    serviceaccounts: list('ServiceAccountList', [{ kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta('default') }]),
    statefulsets: empty('StatefulSetList', 'apps/v1'),
    jobs: empty('JobList', 'batch/v1'),
    cronjobs: empty('CronJobList', 'batch/v1'),
    endpointslices: empty('EndpointSliceList', 'discovery.k8s.io/v1'),
    ingress: empty('IngressList', 'networking.k8s.io/v1'),
    'network-policy': empty('NetworkPolicyList', 'networking.k8s.io/v1'),
    pvcs: empty('PersistentVolumeClaimList'),
    limitranges: empty('LimitRangeList'),
    'resource-quota': empty('ResourceQuotaList'),
    roles: empty('RoleList', 'rbac.authorization.k8s.io/v1'),
    rolebindings: empty('RoleBindingList', 'rbac.authorization.k8s.io/v1'),
    leases: empty('LeaseList', 'coordination.k8s.io/v1'),
    'pod-disruption-budgets': empty('PodDisruptionBudgetList', 'policy/v1'),
  };
}
