// The text of the synthetic node and container logs: the routine lines that make up almost all of a
// real journal, and the few decisive lines planted for the known failures. Formats follow
// shared/reference/layouts.md §6 (journal short, klog, containerd logrus, journalctl -k) and the
// wording of shared/reference/messages.md; routine lines are modelled on real kubelet 1.29 and
// containerd 1.7 journals, so the analyzer has to find rare lines among plausible noise.
import { STAMP } from './stamped.mjs';

/** Go %q (and klog's quoting of structured values): backslash-escape backslashes and quotes. */
export const q = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

// ---- line prefixes ----

/** `Mar 14 08:12:01 node-3 kubelet[1234]: E0314 08:12:01.123456    1234 file.go:12] msg` */
export function kubeletLine(node, level, src, msg) {
  return [STAMP.journal, ` ${node.name} kubelet[${node.kubeletPid}]: ${level}`, STAMP.klog, ` ${String(node.kubeletPid).padStart(7)} ${src}] ${msg}`];
}

/** `Mar 14 08:12:01 node-3 containerd[812]: time="2026-03-14T08:12:01.123456789Z" level=info msg="..."` */
export function containerdLine(node, level, msg, extra = '') {
  return [STAMP.journal, ` ${node.name} containerd[${node.containerdPid}]: time="`, STAMP.nano, `" level=${level} msg=${q(msg)}${extra}`];
}

/** `Mar 14 08:12:01 node-3 kernel: msg` (journalctl -k) */
export function kernelLine(node, msg) {
  return [STAMP.journal, ` ${node.name} kernel: ${msg}`];
}

/** First line journalctl prints; its times are those of the whole file. */
export function journalHead(startUs, endUs) {
  const fmt = (us) => {
    const d = new Date(Math.floor(us / 1000));
    const day = d.toUTCString().slice(0, 3);
    return `${day} ${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  };
  return Buffer.from(`-- Journal begins at ${fmt(startUs)}, ends at ${fmt(endUs)}. --\n`);
}

// ---- routine lines ----

/** Weighted choice among line makers: [[weight, fn], ...] -> fn() picker. */
function weighted(rng, table) {
  const total = table.reduce((s, [w]) => s + w, 0);
  return () => {
    let x = rng.next() * total;
    for (const [w, fn] of table) {
      if ((x -= w) < 0) return fn();
    }
    return table[table.length - 1][1]();
  };
}

const vol = (p, kind, name) => `\\"${name}\\" (UniqueName: \\"kubernetes.io/${kind}/${p.uid}-${name}\\") pod \\"${p.name}\\" (UID: \\"${p.uid}\\")`;

/**
 * Routine kubelet lines about the pods of `node` (healthy ones: the planted failures get their own
 * lines). Returns a function producing one line's parts per call.
 */
export function kubeletRoutine(rng, node, pods) {
  const pod = () => rng.pick(pods);
  const ref = (p) => `pod="${p.ns}/${p.name}"`;
  const cont = (p) => rng.pick(p.containers);
  const L = (level, src, msg) => kubeletLine(node, level, src, msg);
  return weighted(rng, [
    [18, () => {
      const p = pod();
      const type = rng.pick(['ContainerStarted', 'ContainerStarted', 'ContainerDied']);
      return L('I', 'kubelet.go:2453', `"SyncLoop (PLEG): event for pod" ${ref(p)} event={"ID":"${p.uid}","Type":"${type}","Data":"${rng.hex(64)}"}`);
    }],
    [8, () => {
      const p = pod();
      return L('I', 'kubelet.go:2410', `"SyncLoop UPDATE" source="api" pods=["${p.ns}/${p.name}"]`);
    }],
    [8, () => {
      const p = pod();
      return L('I', 'kubelet.go:2496', `"SyncLoop (probe)" probe="${rng.pick(['readiness', 'liveness', 'startup'])}" status="${rng.pick(['ready', 'ready', 'started', ''])}" ${ref(p)}`);
    }],
    [6, () => {
      const p = pod();
      return L('I', 'reconciler_common.go:258', `"operationExecutor.VerifyControllerAttachedVolume started for volume ${vol(p, 'projected', `kube-api-access-${p.sfx}`)} " ${ref(p)}`);
    }],
    [5, () => {
      const p = pod();
      return L('I', 'reconciler_common.go:231', `"operationExecutor.MountVolume started for volume ${vol(p, 'configmap', rng.pick(['config', 'app-config', 'kube-root-ca']))} " ${ref(p)}`);
    }],
    [5, () => {
      const p = pod();
      const kind = rng.pick(['configmap', 'secret', 'projected', 'empty-dir']);
      const name = kind === 'projected' ? `kube-api-access-${p.sfx}` : rng.pick(['config', 'tls', 'data', 'tmp']);
      return L('I', 'operation_generator.go:721', `"MountVolume.SetUp succeeded for volume ${vol(p, kind, name)} " ${ref(p)}`);
    }],
    [3, () => {
      const p = pod();
      return L('I', 'reconciler_common.go:172', `"operationExecutor.UnmountVolume started for volume \\"kube-api-access-${p.sfx}\\" (UniqueName: \\"kubernetes.io/projected/${p.uid}-kube-api-access-${p.sfx}\\") pod \\"${p.uid}\\" (UID: \\"${p.uid}\\") "`);
    }],
    [3, () => {
      const p = pod();
      return L('I', 'operation_generator.go:888', `"UnmountVolume.TearDown succeeded for volume \\"kubernetes.io/projected/${p.uid}-kube-api-access-${p.sfx}\\" (OuterVolumeSpecName: \\"kube-api-access-${p.sfx}\\") pod \\"${p.uid}\\" (UID: \\"${p.uid}\\"). InnerVolumeSpecName \\"kube-api-access-${p.sfx}\\". PluginName \\"kubernetes.io/projected\\", VolumeGidValue \\"\\""`);
    }],
    [2, () => {
      const p = pod();
      return L('I', 'reconciler_common.go:299', `"Volume detached for volume \\"kube-api-access-${p.sfx}\\" (UniqueName: \\"kubernetes.io/projected/${p.uid}-kube-api-access-${p.sfx}\\") on node \\"${node.name}\\" DevicePath \\"\\""`);
    }],
    [4, () => L('I', 'scope.go:117', `"RemoveContainer" containerID="${rng.hex(64)}"`)],
    [3, () => {
      const p = pod();
      const slo = (rng.next() * 4 + 0.5).toFixed(9);
      return L('I', 'pod_startup_latency_tracker.go:102', `"Observed pod startup duration" ${ref(p)} podStartSLOduration=${slo} podStartE2EDuration="${(Number(slo) + rng.next() * 8).toFixed(9)}s" podCreationTimestamp="${p.createdText}" firstStartedPulling="0001-01-01 00:00:00 +0000 UTC" lastFinishedPulling="0001-01-01 00:00:00 +0000 UTC" observedRunningTime="${p.createdText}" watchObservedRunningTime="${p.createdText}"`);
    }],
    [3, () => {
      const p = pod();
      return L('I', 'kuberuntime_container.go:779', `"Killing container with a grace period" ${ref(p)} podUID="${p.uid}" containerName="${cont(p).name}" containerID="containerd://${rng.hex(64)}" gracePeriod=30`);
    }],
    [3, () => L('I', 'util.go:30', `"No sandbox for pod can be found. Need to start a new one" ${ref(pod())}`)],
    [2, () => {
      const p = pod();
      return L('I', 'kubelet_volumes.go:163', `"Cleaned up orphaned pod volumes dir" podUID="${p.uid}" path="/var/lib/kubelet/pods/${p.uid}/volumes"`);
    }],
    [4, () => {
      const p = pod();
      const c = cont(p);
      const reason = rng.pick(['Pulled', 'Created', 'Started', 'Pulled']);
      const message = reason === 'Pulled' ? `Container image \\"${c.image}\\" already present on machine` : `${reason} container ${c.name}`;
      return L('I', 'event.go:389', `"Event occurred" object="${p.ns}/${p.name}" fieldPath="spec.containers{${c.name}}" kind="Pod" apiVersion="v1" type="Normal" reason="${reason}" message="${message}"`);
    }],
    [3, () => {
      const p = pod();
      return L('I', 'log.go:245', `"Finished parsing log file" path="/var/log/pods/${p.ns}_${p.name}_${p.uid}/${cont(p).name}/0.log"`);
    }],
    [1, () => L('I', 'container_gc.go:88', `"Attempting to delete unused containers"`)],
    [1, () => L('I', 'image_gc_manager.go:396', `"Attempting to delete unused images"`)],
    [2, () => {
      const p = pod();
      return L('E', 'cadvisor_stats_provider.go:501', `"Partial failure issuing cadvisor.ContainerInfoV2" err="partial failures: [\\"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod${p.uid.replace(/-/g, '_')}.slice/cri-containerd-${rng.hex(64)}.scope\\": RecentStats: unable to find data in memory cache]"`);
    }],
    [1, () => {
      const p = pod();
      return L('I', 'prober.go:107', `"Probe failed" probeType="Readiness" ${ref(p)} podUID="${p.uid}" containerName="${cont(p).name}" probeResult="failure" output="Get \\"http://${p.ip}:8080/ready\\": dial tcp ${p.ip}:8080: connect: connection refused"`);
    }],
    [2, () => {
      const p = pod();
      return L('I', 'kubelet.go:2441', `"SyncLoop DELETE" source="api" pods=["${p.ns}/${p.name}"]`);
    }],
    [1, () => {
      const p = pod();
      return L('I', 'kubelet.go:2435', `"SyncLoop REMOVE" source="api" pods=["${p.ns}/${p.name}"]`);
    }],
  ]);
}

/** Routine containerd lines (CRI plugin at info level) for the pods of `node`. */
export function containerdRoutine(rng, node, pods) {
  const pod = () => rng.pick(pods);
  const C = (level, msg, extra) => containerdLine(node, level, msg, extra);
  const meta = (p) => `&PodSandboxMetadata{Name:${p.name},Uid:${p.uid},Namespace:${p.ns},Attempt:0,}`;
  return weighted(rng, [
    [4, () => C('info', `ImageCreate event name:"${pod().containers[0].image}" labels:{key:"io.cri-containerd.image" value:"managed"}`)],
    [3, () => C('info', `ImageUpdate event name:"sha256:${rng.hex(64)}" labels:{key:"io.cri-containerd.image" value:"managed"}`)],
    [3, () => C('info', `PullImage "${pod().containers[0].image}"`)],
    [3, () => {
      const img = pod().containers[0].image;
      const repo = img.replace(/:[^:/]+$/, '');
      return C('info', `Pulled image "${img}" with image id "sha256:${rng.hex(64)}", repo tag "${img}", repo digest "${repo}@sha256:${rng.hex(64)}", size "${rng.range(2e6, 4e8)}" in ${(rng.next() * 9000 + 200).toFixed(6)}ms`);
    }],
    [2, () => C('info', `stop pulling image ${pod().containers[0].image}: active requests=0, bytes read=${rng.range(1e3, 4e8)}`)],
    [3, () => C('info', `RunPodSandbox for ${meta(pod())}`)],
    [3, () => C('info', `RunPodSandbox for ${meta(pod())} returns sandbox id "${rng.hex(64)}"`)],
    [4, () => {
      const p = pod();
      return C('info', `CreateContainer within sandbox "${rng.hex(64)}" for container &ContainerMetadata{Name:${p.containers[0].name},Attempt:${rng.int(3)},}`);
    }],
    [4, () => {
      const p = pod();
      return C('info', `CreateContainer within sandbox "${rng.hex(64)}" for &ContainerMetadata{Name:${p.containers[0].name},Attempt:${rng.int(3)},} returns container id "${rng.hex(64)}"`);
    }],
    [5, () => C('info', `StartContainer for "${rng.hex(64)}"`)],
    [5, () => C('info', `StartContainer for "${rng.hex(64)}" returns successfully`)],
    [2, () => C('info', `StopContainer for "${rng.hex(64)}" with timeout 30 (s)`)],
    [2, () => C('info', `Stop container "${rng.hex(64)}" with signal terminated`)],
    [3, () => C('info', 'shim disconnected', ` id=${rng.hex(64)} namespace=k8s.io`)],
    [3, () => C('warning', 'cleaning up after shim disconnected', ` id=${rng.hex(64)} namespace=k8s.io`)],
    [3, () => C('info', 'cleaning up dead shim', ' namespace=k8s.io')],
    [2, () => C('info', `StopPodSandbox for "${rng.hex(64)}"`)],
    [2, () => C('info', `TearDown network for sandbox "${rng.hex(64)}" successfully`)],
    [2, () => C('info', `StopPodSandbox for "${rng.hex(64)}" returns successfully`)],
    [2, () => C('info', `RemoveContainer for "${rng.hex(64)}"`)],
    [2, () => C('info', `RemoveContainer for "${rng.hex(64)}" returns successfully`)],
    [2, () => C('info', 'container event discarded', ` container=${rng.hex(64)} type=CONTAINER_${rng.pick(['STOPPED', 'DELETED', 'CREATED', 'STARTED'])}_EVENT`)],
    [1, () => {
      const id = rng.hex(64);
      return C('error', `ContainerStatus for "${id}" failed`, ` error="rpc error: code = NotFound desc = an error occurred when try to find container \\"${id}\\": not found"`);
    }],
  ]);
}

/** Routine kernel lines of a busy container host (veth churn, apparmor reloads). */
export function kernelRoutine(rng, node) {
  const veth = () => `veth${rng.hex(8)}`;
  const K = (msg) => kernelLine(node, msg);
  return weighted(rng, [
    [5, () => K(`cni0: port ${rng.range(1, 60)}(${veth()}) entered blocking state`)],
    [5, () => K(`cni0: port ${rng.range(1, 60)}(${veth()}) entered disabled state`)],
    [5, () => K(`cni0: port ${rng.range(1, 60)}(${veth()}) entered forwarding state`)],
    [4, () => K(`device ${veth()} entered promiscuous mode`)],
    [3, () => K(`device ${veth()} left promiscuous mode`)],
    [3, () => K(`IPv6: ADDRCONF(NETDEV_CHANGE): ${veth()}: link becomes ready`)],
    [2, () => K(`eth0: renamed from tmp${rng.range(10000, 99999)}`)],
    [2, () => K(`audit: type=1400 audit(${1773400000 + rng.int(90000)}.${rng.range(100, 999)}:${rng.range(100, 9999)}): apparmor="STATUS" operation="profile_replace" info="same as current profile, skipping" profile="unconfined" name="cri-containerd.apparmor.d" pid=${rng.range(1000, 99999)} comm="apparmor_parser"`)],
    [1, () => K(`kauditd_printk_skb: ${rng.range(2, 80)} callbacks suppressed`)],
    [1, () => K(`overlayfs: fs on '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/${rng.range(100, 9999)}/fs' does not support file handles, falling back to xino=off.`)],
  ]);
}

// ---- container (application) logs ----

const APP_PATHS = ['items', 'orders', 'carts', 'users', 'sessions', 'products', 'invoices', 'search', 'health'];

/** Routine lines of one of three application styles: Spring Boot text, zap JSON, nginx access log. */
export function appRoutine(rng, flavor, app) {
  if (flavor === 'java') {
    return weighted(rng, [
      [12, () => [STAMP.milli, `  INFO 1 --- [nio-8080-exec-${rng.range(1, 10)}] c.e.${app}.web.ApiController        : GET /api/v1/${rng.pick(APP_PATHS)}/${rng.range(1, 99999)} -> 200 (${rng.range(1, 250)} ms)`]],
      [3, () => [STAMP.milli, ` DEBUG 1 --- [nio-8080-exec-${rng.range(1, 10)}] o.s.web.servlet.DispatcherServlet        : Completed 200 OK`]],
      [2, () => [STAMP.milli, `  INFO 1 --- [   scheduling-1] c.e.${app}.jobs.CacheRefresher           : refreshed ${rng.range(10, 5000)} entries in ${rng.range(5, 900)} ms`]],
      [1, () => [STAMP.milli, `  WARN 1 --- [nio-8080-exec-${rng.range(1, 10)}] c.e.${app}.client.InventoryClient        : slow response from inventory: ${rng.range(800, 3000)} ms`]],
      [1, () => [STAMP.milli, `  INFO 1 --- [       HikariCP] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=${rng.range(0, 10)}, idle=${rng.range(0, 10)}, waiting=0)`]],
    ]);
  }
  if (flavor === 'go') {
    return weighted(rng, [
      [12, () => [`{"level":"info","ts":"`, STAMP.milli, `","caller":"server/handler.go:${rng.range(40, 220)}","msg":"request completed","method":"${rng.pick(['GET', 'GET', 'POST', 'PUT'])}","path":"/v1/${rng.pick(APP_PATHS)}/${rng.range(1, 99999)}","status":200,"duration_ms":${rng.range(1, 300)},"request_id":"${rng.hex(16)}"}`]],
      [2, () => [`{"level":"debug","ts":"`, STAMP.milli, `","caller":"cache/lru.go:88","msg":"cache hit ratio","service":"${app}","ratio":0.${rng.range(50, 99)}}`]],
      [1, () => [`{"level":"warn","ts":"`, STAMP.milli, `","caller":"client/retry.go:61","msg":"retrying request","service":"${app}","attempt":${rng.range(1, 3)},"error":"context deadline exceeded"}`]],
    ]);
  }
  return weighted(rng, [
    [14, () => [`10.244.${rng.int(40)}.${rng.range(2, 250)} - - [`, STAMP.clf, `] "GET /${rng.pick(APP_PATHS)}/${rng.range(1, 9999)} HTTP/1.1" 200 ${rng.range(80, 90000)} "-" "Mozilla/5.0 (X11; Linux x86_64)" ${rng.range(200, 900)} 0.0${rng.range(10, 99)} [${app}-svc-80] [] 10.244.${rng.int(40)}.${rng.range(2, 250)}:8080 ${rng.range(80, 90000)} 0.0${rng.range(10, 99)} 200 ${rng.hex(32)}`]],
    [3, () => [`10.244.${rng.int(40)}.1 - - [`, STAMP.clf, `] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 127 0.000 [] [] - - - - ${rng.hex(32)}`]],
  ]);
}
