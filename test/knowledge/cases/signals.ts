/**
 * Signal cases: node log lines (kubelet, runtime, CNI, dmesg, df) through LineMatcher, and events about
 * a Node and node conditions through detectNodeSignals (run by test/knowledge/signals.test.ts):
 * the exact signals each gives. Grouped by signal. Texts are copied from shared/reference/messages.md,
 * section and source in the comment above each; a text that is not from there says so.
 */
import type { SignalCase } from './types.js';

export const signalCases: SignalCase[] = [
  // ---- node.disk-full ----
  {
    // messages.md §2.11 · rancher/k3os#55 [REAL containerd]
    name: 'containerd "no space left on device" (layer extract)',
    place: 'containerd',
    text: 'time="2019-04-27T16:58:24.800670127Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown" key="extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda"',
    expect: ['node.disk-full'], not: ['kernel.fs-error'],
  },
  {
    // messages.md §2.11 · public notes (code index id 9772914604) [REAL kubelet]
    name: 'kubelet image GC over the high threshold (structured)',
    place: 'kubelet',
    text: 'kubelet[2298]: I0226 11:59:17.153440    2298 image_gc_manager.go:310] "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=93 highThreshold=85 amountToFree=69382155468 lowThreshold=80',
    expect: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · public notes (code index id 1402095887) [REAL kubelet]
    name: 'kubelet image GC, test cluster with thresholds of 2%',
    place: 'kubelet',
    text: 'Jul 04 10:38:14 local-worker kubelet[119]: I0704 10:38:14.578833     119 image_gc_manager.go:304] "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=73 highThreshold=2 amountToFree=96299243888 lowThreshold=1',
    expect: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · old image_gc_manager.go [SRC kubelet] — the format filled in
    name: 'kubelet old glog "[imageGCManager]: Disk usage on image filesystem is at 93% ..." (format filled in)',
    place: 'kubelet',
    text: '[imageGCManager]: Disk usage on image filesystem is at 93% which is over the high threshold (85%). Trying to free 69382155468 bytes down to the low threshold (80%).',
    expect: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · public notes (code index id 1402095887) [REAL kubelet]
    name: 'kubelet "Image garbage collection failed multiple times in a row"',
    place: 'kubelet',
    text: 'Jul 04 10:38:14 local-worker kubelet[119]: E0704 10:38:14.581006     119 kubelet.go:1302] "Image garbage collection failed multiple times in a row" err="failed to garbage collect required amount of images. Wanted to free 96299243888 bytes, but freed 0 bytes"',
    expect: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · sustainable-computing-io/kepler#1799 (structured, 2024) [REAL kubelet]
    name: 'kubelet structured "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"',
    place: 'kubelet',
    text: 'Sep 28 05:37:59 team kubelet[2865036]: I0928 05:37:59.659033 2865036 eviction_manager.go:369] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"',
    expect: ['node.disk-full'], not: ['node.memory-pressure', 'node.inode-exhausted'],
  },
  {
    // messages.md §3 Eviction and image-GC klog [REAL wording, unstructured]
    name: 'kubelet unstructured "eviction manager: attempting to reclaim ephemeral-storage" (§3 wording)',
    place: 'kubelet',
    text: 'eviction manager: attempting to reclaim ephemeral-storage',
    expect: ['node.disk-full'],
  },
  {
    // a df -h row of a full filesystem (not in messages.md)
    name: 'df at 100% (not in messages.md)',
    place: 'disk',
    text: '/dev/sda1        50G   50G     0 100% /var/lib/containerd',
    expect: ['node.disk-full'],
  },
  {
    // a df -h row (not in messages.md)
    name: 'df at 99% is not full',
    place: 'disk',
    text: '/dev/sda1        50G   49G  512M  99% /var/lib/containerd',
    expect: [], not: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · k3s-io/k3s#888 [REAL kubelet]
    name: 'kubelet "eviction thresholds have been met, but no pods are active to evict" names no resource',
    place: 'kubelet',
    text: 'E1010 09:05:34.484901       1 eviction_manager.go:355] eviction manager: eviction thresholds have been met, but no pods are active to evict',
    expect: [], not: ['node.disk-full', 'node.memory-pressure'],
  },
  {
    // messages.md §2.11 · kubernetes/kubernetes#107024 [REAL kubelet]
    name: 'kubelet observations after reclaim (informational)',
    place: 'kubelet',
    text: 'I1215 19:22:59.485591   77158 helpers.go:814] eviction manager: observations after resource reclaim: signal=imagefs.available, available: 143150240Ki, capacity: 204700Mi, time: 2021-12-15 19:22:59.462702674 +0800 CST m=+78880.835736331',
    expect: [], not: ['node.disk-full', 'node.inode-exhausted'],
  },
  {
    // kubelet start-up noise (the 'unless' of node.disk-full.yaml; not in messages.md)
    name: 'kubelet image GC failing once at start-up (stats not ready yet; kubelet start-up noise, not in messages.md)',
    place: 'kubelet',
    text: 'E0314 08:00:02.133701    1042 kubelet.go:1400] "Image garbage collection failed once. Stats initialization may not have completed yet" err="invalid capacity 0 on image filesystem"',
    expect: [], not: ['node.disk-full'],
  },
  // ---- node.inode-exhausted ----
  {
    // composed: the messages.md §2.11 sustainable-computing-io/kepler#1799 line with inodes in place of ephemeral-storage
    name: 'kubelet "attempting to reclaim" resourceName="inodes" (the §2.11 structured format)',
    place: 'kubelet',
    text: 'I0928 05:37:59.659033 2865036 eviction_manager.go:369] "Eviction manager: attempting to reclaim" resourceName="inodes"',
    expect: ['node.inode-exhausted'], not: ['node.disk-full'],
  },
  {
    // messages.md §2.11 · sustainable-computing-io/kepler#1799 (structured, 2024) [REAL kubelet]
    name: 'ephemeral-storage is bytes, not inodes',
    place: 'kubelet',
    text: 'Sep 28 05:37:59 team kubelet[2865036]: I0928 05:37:59.659033 2865036 eviction_manager.go:369] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"',
    expect: ['node.disk-full'], not: ['node.inode-exhausted'],
  },
  // ---- node.memory-pressure ----
  {
    // composed: the messages.md §2.11 kepler#1799 line with memory in place of ephemeral-storage
    name: 'kubelet "attempting to reclaim" resourceName="memory" (the §2.11 structured format)',
    place: 'kubelet',
    text: 'I0928 05:37:59.659033 2865036 eviction_manager.go:369] "Eviction manager: attempting to reclaim" resourceName="memory"',
    expect: ['node.memory-pressure'],
  },
  {
    // messages.md §2.12 · kubernetes/kubernetes#56891 (kernel 3.10 wording) [REAL dmesg]
    name: 'a memcg OOM kill is not node memory pressure',
    place: 'dmesg',
    text: '[Thu Dec  7 00:05:15 2017] Memory cgroup out of memory: Kill process 24572 (java) score 0 or sacrifice child',
    expect: ['node.oom-kill'], not: ['node.memory-pressure'],
  },
  // ---- node.oom-kill ----
  {
    // messages.md §2.12 · reportportal/kubernetes#203 [REAL dmesg]
    name: 'dmesg "invoked oom-killer"',
    place: 'dmesg',
    text: '[ 7093.543707] uwsgi invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986',
    expect: ['node.oom-kill'], not: ['node.memory-pressure'],
  },
  {
    // messages.md §2.12 · kubernetes/kubernetes#56891 (kernel 3.10 wording) [REAL dmesg]
    name: 'dmesg memcg, kernel 3.10',
    place: 'dmesg',
    text: '[Thu Dec  7 00:05:15 2017] Memory cgroup out of memory: Kill process 24572 (java) score 0 or sacrifice child',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §2.12 · istio/istio#42734 (cgroup v1, systemd driver, docker) [REAL dmesg]
    name: 'dmesg cgroup v1 "killed as a result of limit of"',
    place: 'dmesg',
    text: 'Jan  5 02:12:02 iZbp153spuk45ulvkwxf34Z kernel: Task in /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope killed as a result of limit of /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §2.12 · istio/istio#42734 [REAL dmesg]
    name: 'dmesg cgroup v1 memcg report "memory: usage ... failcnt"',
    place: 'dmesg',
    text: 'Jan  5 02:12:02 iZbp153spuk45ulvkwxf34Z kernel: memory: usage 1048576kB, limit 1048576kB, failcnt 189',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §2.12 · leptonai/gpud#70 (cgroup v2, containerd; path redacted by poster) [REAL dmesg]
    name: 'dmesg cgroup v2 "oom-kill:constraint=CONSTRAINT_MEMCG"',
    place: 'dmesg',
    text: 'Aug 30 06:58:55.050705 ... kernel: oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,mems_allowed=0-1,oom_memcg=/lxc.payload....-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice,task_memcg=/lxc.payload.ny2g2r5hh3-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice/cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,task=pt_main_thread,pid=461754,uid=0',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §2.12 · kubernetes/kubernetes#50632 [REAL dmesg]
    name: 'dmesg "Killed process 799153 (node), UID 1000, ..."',
    place: 'dmesg',
    text: 'Nov 30 10:16:57 iZuf601dofntkxgp7lyfi9Z kernel: Killed process 799153 (node), UID 1000, total-vm:606096kB, anon-rss:68308kB, file-rss:13648kB, shmem-rss:0kB',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §1 OOMKilled · kubernetes/kubernetes PR #78174 [SRC event] — the format filled in
    name: 'node event SystemOOM (format filled in)',
    place: 'event', eventReason: 'SystemOOM',
    text: 'System OOM encountered, victim process: java, pid: 24572',
    expect: ['node.oom-kill'],
  },
  {
    // messages.md §2.23 · kubernetes/kubernetes#71261 [REAL kube-proxy]
    name: 'kube-proxy setting nf_conntrack_max is not a kill',
    place: 'kubelet',
    text: 'I1120 15:18:19.757786   26448 conntrack.go:52] Setting nf_conntrack_max to 786432',
    expect: [], not: ['node.oom-kill', 'kernel.conntrack-full'],
  },
  // ---- node.pid-pressure ----
  {
    // taxonomy.yaml signals node.pid-pressure (not in messages.md)
    name: '"fork: retry: Resource temporarily unavailable" (taxonomy wording)',
    place: 'kubelet',
    text: 'fork: retry: Resource temporarily unavailable',
    expect: ['node.pid-pressure'],
  },
  {
    // messages.md §2.5 · containerd/containerd#10709 (k3s containerd v1.7.20) [REAL ctr/crictl]
    name: 'a DNS "Try again" is not a fork failure',
    place: 'containerd',
    text: 'failed to resolve reference "ghcr.io/open-webui/open-webui:main": failed to do request: Head "https://ghcr.io/v2/open-webui/open-webui/manifests/main": dial tcp: lookup ghcr.io: Try again',
    expect: [], not: ['node.pid-pressure'],
  },
  // ---- node.not-ready ----
  {
    // messages.md §2.22 · kubernetes/kubernetes#45419 (v1.6) [REAL kubelet]
    name: 'kubelet "Node became not ready: ... PLEG is not healthy" (1.6)',
    place: 'kubelet',
    text: 'May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872908    2858 kubelet_node_status.go:682] Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m7.629592089s ago; threshold is 3m0s}',
    expect: ['node.not-ready', 'runtime.unresponsive'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · projectcalico/calico#7647 [REAL kubelet]
    name: '"No ready sandbox for pod can be found" is about a pod, not the node',
    place: 'kubelet',
    text: 'May 12 11:18:37 k8s-master01 kubelet[39085]: I0512 11:18:37.276291   39085 util.go:48] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/coredns-5db795bd57-z4257"',
    expect: [], not: ['node.not-ready'],
  },
  // ---- runtime.down ----
  {
    // messages.md §2.22 · bottlerocket-os/bottlerocket#2512 (spacing repaired where the paste wrapped: rpcerror→rpc error) [REAL kubelet]
    name: 'kubelet "dial unix /run/containerd/containerd.sock: connect: connection refused" (structured)',
    place: 'kubelet',
    text: String.raw`Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.523794    1375 remote_runtime.go:549] "ListContainers with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\"" filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"`,
    expect: ['runtime.down'], not: ['runtime.unresponsive'],
  },
  {
    // messages.md §2.22 · bottlerocket-os/bottlerocket#2512 [REAL kubelet]
    name: 'kubelet, as pasted "Unavailabledesc"',
    place: 'kubelet',
    text: String.raw`Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.523909    1375 kuberuntime_container.go:447] "ListContainers failed" err="rpc error: code = Unavailabledesc = connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\""`,
    expect: ['runtime.down'],
  },
  {
    // messages.md §2.22 · canonical/microk8s#525 (grpc-go ≤1.2x wording) [REAL kubelet]
    name: 'kubelet, grpc-go <= 1.2x wording (microk8s)',
    place: 'kubelet',
    text: 'Jun 28 02:10:05 hostname microk8s.daemon-kubelet[2890]: E0628 02:10:05.149976    2890 remote_runtime.go:182] ListPodSandbox with filter nil from runtime service failed: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused"',
    expect: ['runtime.down'],
  },
  {
    // messages.md §2.22 · moby/moby#40390 (k8s node, dockerd → containerd) [REAL dockerd]
    name: 'dockerd losing containerd (in the runtime journal)',
    place: 'containerd',
    text: String.raw`time="2020-01-17T13:34:00.228328085Z" level=error msg="failed to get event" error="rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\"" module=libcontainerd namespace=plugins.moby`,
    expect: ['runtime.down'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · containerd/cri#732 [REAL crictl]
    name: 'a refused connection to a CNI endpoint is not the runtime',
    place: 'containerd',
    text: 'FATA[0010] stopping the pod sandbox "5dc62a1a5e19c" failed: rpc error: code = Unknown desc = failed to destroy network for sandbox "5dc62a1a5e19c4c1412cba8134372266a799205d5bf8b38e8deecc4555063528": dial tcp 10.10.25.230:4001: getsockopt: connection refused',
    expect: ['cni.plugin-error'], not: ['runtime.down'],
  },
  // ---- runtime.unresponsive ----
  {
    // messages.md §2.22 · kubernetes/kubernetes#45419 (v1.6) [REAL kubelet]
    name: 'kubelet "PLEG is not healthy: pleg was last seen active 3m7s ago"',
    place: 'kubelet',
    text: 'May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872908    2858 kubelet_node_status.go:682] Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m7.629592089s ago; threshold is 3m0s}',
    expect: ['node.not-ready', 'runtime.unresponsive'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7647 [REAL kubelet]
    name: 'kubelet "Failed to stop sandbox before removing" DeadlineExceeded',
    place: 'kubelet',
    text: 'May 12 11:18:48 k8s-master01 kubelet[39085]: E0512 11:18:48.475066   39085 kuberuntime_gc.go:177] "Failed to stop sandbox before removing" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" sandboxID="b25b1fe9f0eae615534102c4a2d370897be12abe05d26408e6baed4556c3d1f1"',
    expect: ['runtime.unresponsive'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
    name: 'kubelet "error killing pod ... DeadlineExceeded"',
    place: 'kubelet',
    text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
    expect: ['runtime.unresponsive'],
  },
  {
    // kubelet start-up noise (the 'unless' of runtime.unresponsive.yaml; §3 structured PLEG wording; not in messages.md)
    name: 'kubelet start-up "PLEG is not healthy: pleg has yet to be successful" (start-up noise, not in messages.md)',
    place: 'kubelet',
    text: 'E0314 08:00:05.010203    1042 kubelet.go:2359] "Skipping pod synchronization" err="PLEG is not healthy: pleg has yet to be successful"',
    expect: [], not: ['runtime.unresponsive'],
  },
  {
    // messages.md §2.22 · kubernetes/kubernetes#122256 [REAL kubelet]
    name: 'kubelet ExecSync failing on a dying container is no runtime hang',
    place: 'kubelet',
    text: String.raw`2023-11-13T03:50:55.202154+01:00 worker-pool4-j7f0skum-pccc-377-3 kubelet[22614]: E1113 03:50:55.199033 22614 remote_runtime.go:479] "ExecSync cmd from runtime service failed" err="rpc error: code = Unknown desc = failed to exec in container: failed to start exec \"9544e28db28ff21d4dd3b2b4810929da2ed685296bc1d96a1d26a295119258ce\": OCI runtime exec failed: exec f[…]`,
    expect: [], not: ['runtime.unresponsive', 'runtime.down'],
  },
  // ---- cni.not-ready ----
  {
    // messages.md §2.18 · kubernetes/kubernetes#129294 (v1.31+, containerd 2.x) [REAL kubelet]
    name: 'kubelet "NetworkReady=false reason:NetworkPluginNotReady ... cni plugin not initialized"',
    place: 'kubelet',
    text: 'I1219 05:56:59.440760   37131 kubelet.go:2895] "Container runtime status" status="Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized, ContainerdHasNoDeprecationWarnings=true reason: message:; Handlers: , Features: nil"',
    expect: ['cni.not-ready'], not: ['runtime.down'],
  },
  {
    // messages.md §2.18 · cri-o/cri-o#1523 (CRI-O 1.10) [REAL kubelet] — the CRI-O wrapper is also a plugin-error line
    name: 'CRI-O 1.10 "cni config uninitialized"',
    place: 'kubelet',
    text: 'Apr 12 15:36:09 kata kubelet[29066]: E0412 15:36:09.501733   29066 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_kube-controller-manager-kata_kube-system_94ed0fa540fbf10c0225d82de5e61561_0(35e354e982ccd726a45da51ac613ff9c27e90e75cb97edc04d843788aa614d82): cni config uninitialized',
    expect: ['cni.not-ready', 'cni.plugin-error'],
  },
  {
    // messages.md §2.17 · cri-o/cri-o#8250 [REAL crio]
    name: 'CRI-O adding a pod to the network (normal)',
    place: 'crio',
    text: String.raw`6月 04 00:28:47 10-202-91-13 crio[883769]: time="2024-06-04 00:28:47.525475235+08:00" level=info msg="Adding pod default_example-pod-2 to CNI network \"crio\" (type=bridge)"`,
    expect: [], not: ['cni.not-ready', 'cni.plugin-error'],
  },
  // ---- cni.plugin-error ----
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 [REAL kubelet]
    name: 'kubelet structured, flannel "failed (add)" (containerd)',
    place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459398 1067481 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"`,
    expect: ['cni.plugin-error'], not: ['cni.not-ready'],
  },
  {
    // messages.md §2.17 · cilium/cilium#30820 (kind) [REAL containerd]
    name: 'containerd log, cilium-cni "failed (add)"',
    place: 'containerd',
    text: String.raw`Feb 15 20:28:32 kind-worker containerd[3929]: time="2024-02-15T20:28:32.075190807Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,} failed, error" error="failed to setup network for sandbox \"1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2\": plugin type=\"cilium-cni\" failed (add): netplugin failed: \"ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\n\""`,
    expect: ['cni.plugin-error'],
  },
  {
    // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 (CRI dockershim, after TeardownNetworkError was retired; truncated by poster) [REAL kubelet]
    name: 'kubelet dockershim teardown "NetworkPlugin cni failed to teardown pod"',
    place: 'kubelet',
    text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: E0201 00:48:17.704122   26695 remote_runtime.go:119] StopPodSandbox "dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e" from runtime service failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to teardown pod "kube-dns-f69c6b55-txhx4_kube-system" network: netplugin fai[…]',
    expect: ['cni.plugin-error'],
  },
  {
    // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 [REAL kubelet]
    name: 'kubelet "Error deleting ... from network"',
    place: 'kubelet',
    text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: E0201 00:48:17.703107   26695 cni.go:345] Error deleting kube-system_kube-dns-f69c6b55-txhx4/dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e from network calico/calico-k8s-network: netplugin failed but error parsing its diagnostic message "": unexpected end of JSON input',
    expect: ['cni.plugin-error'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · bottlerocket-os/bottlerocket#359 (AWS VPC CNI) [REAL containerd]
    name: 'containerd "failed to destroy network for sandbox" (quotes as pasted)',
    place: 'containerd',
    text: 'Oct 02 23:27:34 ip-10-0-60-95.us-west-2.compute.internal containerd[2639]: time="2019-10-02T23:27:34.439359450Z" level=error msg="StopPodSandbox for "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60" failed" error="failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request"',
    expect: ['cni.plugin-error'],
  },
  {
    // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 [REAL kubelet]
    name: 'kubelet "CNI failed to retrieve network namespace path" (teardown warning)',
    place: 'kubelet',
    text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: W0201 00:48:17.541940   26695 cni.go:302] CNI failed to retrieve network namespace path: cannot find network namespace for the terminated container "dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e"',
    expect: [], not: ['cni.plugin-error'],
  },
  // ---- cni.ip-exhausted ----
  {
    // messages.md §2.19 · rancher/rancher#14504 (dockershim, flannel host-local) [REAL kubelet]
    name: 'kubelet dockershim host-local "no IP addresses available in range set"',
    place: 'kubelet',
    text: 'E0711 15:11:17.994634   24727 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "myzep-79945ccb7f-rz8ld_myzep" network: failed to allocate for range 0: no IP addresses available in range set: 10.42.0.1-10.42.0.254',
    expect: ['cni.ip-exhausted', 'cni.plugin-error'],
  },
  {
    // messages.md §2.19 · aws/amazon-vpc-cni-k8s#2045 [REAL CNI (ipamd.log)]
    name: 'ipamd "ENI ... does not have available addresses"',
    place: 'cni',
    text: '{"level":"debug","ts":"2022-07-27T14:05:10.180Z","caller":"datastore/data_store.go:713","msg":"AssignPodIPv4Address: ENI eni-0efac8c4483ed5794 does not have available addresses"}',
    expect: ['cni.ip-exhausted'],
  },
  {
    // messages.md §2.19 · projectcalico/cni-plugin#25 [REAL calico (2016, pycalico)]
    name: 'calico 2016 "No IPv4 addresses available in pool"',
    place: 'cni',
    text: 'calico-k8s-network : error executing ADD: No IPv4 addresses available in pool',
    expect: ['cni.ip-exhausted'],
  },
  {
    // an ipamd.log debug line of a healthy pool (not in messages.md; same shape as the §2.19 aws/amazon-vpc-cni-k8s#2045 line)
    name: 'ipamd debug line about another ENI having addresses is not exhaustion (not in messages.md)',
    place: 'cni',
    text: '{"level":"debug","ts":"2022-07-27T14:05:10.180Z","caller":"ipamd/ipamd.go:1340","msg":"IP pool stats: total = 28, used = 3, c.maxIPsPerENI = 14"}',
    expect: [], not: ['cni.ip-exhausted'],
  },
  // ---- kernel.fs-error ----
  {
    // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
    name: 'dmesg "EXT4-fs (sde): I/O error while writing superblock"',
    place: 'dmesg',
    text: 'Jul  6 14:46:14 adjucator kernel: [23809.077400] EXT4-fs (sde): I/O error while writing superblock',
    expect: ['kernel.fs-error'], not: ['node.disk-full'],
  },
  {
    // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
    name: 'dmesg "EXT4-fs warning (device sde): ext4_end_bio ... I/O error"',
    place: 'dmesg',
    text: 'Jul  6 14:46:14 adjucator kernel: [23809.074218] EXT4-fs warning (device sde): ext4_end_bio:309: I/O error 10 writing to inode 393228 (offset 0 size 0 starting block 1611784)',
    expect: ['kernel.fs-error'],
  },
  {
    // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
    name: 'dmesg "Buffer I/O error on dev sde"',
    place: 'dmesg',
    text: 'Jul  6 14:46:14 adjucator kernel: [23809.076649] Buffer I/O error on dev sde, logical block 0, lost sync page write',
    expect: ['kernel.fs-error'],
  },
  {
    // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
    name: 'dmesg "rejecting I/O to offline device"',
    place: 'dmesg',
    text: 'Jul  6 14:46:14 adjucator kernel: [23809.072365] sd 6:0:0:1: rejecting I/O to offline device',
    expect: ['kernel.fs-error'],
  },
  {
    // messages.md §2.23 · Requiem4Eternity/Appstream#90 (k8s node, kernel ≥5.x wording) [REAL dmesg]
    name: 'dmesg kernel >= 5.x "print_req_error: I/O error, dev sdc"',
    place: 'dmesg',
    text: 'May 29 03:24:48 k8snode234 kernel: print_req_error: I/O error, dev sdc, sector 628940360 flags 80700',
    expect: ['kernel.fs-error'],
  },
  {
    // messages.md §2.23 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL dmesg]
    name: 'audit noise is not a filesystem error',
    place: 'dmesg',
    text: 'kauditd_printk_skb: 62 callbacks suppressed',
    expect: [], not: ['kernel.fs-error', 'security.denied'],
  },
  // ---- kernel.conntrack-full ----
  {
    // messages.md §2.23 · kubernetes-retired/kube-aws#476 (newer kernels repeat the prefix) [REAL dmesg]
    name: 'dmesg "nf_conntrack: nf_conntrack: table full, dropping packet"',
    place: 'dmesg',
    text: '[2833841.216211] nf_conntrack: nf_conntrack: table full, dropping packet',
    expect: ['kernel.conntrack-full'],
  },
  {
    // messages.md §2.23 · kubernetes/kubernetes#71261 [REAL kube-proxy]
    name: 'kube-proxy "Setting nf_conntrack_max" is configuration',
    place: 'kubelet',
    text: 'I1120 15:18:19.757786   26448 conntrack.go:52] Setting nf_conntrack_max to 786432',
    expect: [], not: ['kernel.conntrack-full'],
  },
  // ---- kernel.hung-task ----
  {
    // messages.md §2.23 · moby/moby#33012 (dockerd hang) [REAL dmesg]
    name: 'dmesg "INFO: task dockerd:14148 blocked for more than 120 seconds."',
    place: 'dmesg',
    text: 'May 09 15:18:40 bjsjs_110_46 kernel: INFO: task dockerd:14148 blocked for more than 120 seconds.',
    expect: ['kernel.hung-task'],
  },
  {
    // messages.md §2.23 · flatcar/Flatcar#847 (5.15) [REAL dmesg]
    name: 'dmesg, a task name with spaces (5.15)',
    place: 'dmesg',
    text: '[1282119.643335] INFO: task Handling GET /l:830503 blocked for more than 123 seconds.',
    expect: ['kernel.hung-task'],
  },
  {
    // messages.md §2.23 · moby/moby#41676 [REAL dmesg]
    name: 'dmesg "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.',
    place: 'dmesg',
    text: '[So Nov 15 15:59:41 2020] "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.',
    expect: ['kernel.hung-task'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · grafana/loki pkg/pattern/drain/drain_test.go (from a real journal) [REAL kubelet]
    name: 'a kubelet task is not a hung task',
    place: 'kubelet',
    text: 'I0507 11:59:34.518822    3224 kuberuntime_container.go:745] "Killing container with a grace period" pod="hosted-grafana/hosted-grafana-api-7b6bd9b949-9csb4" podUID="25cb986c-3d6c-4ed0-abf3-ee59ed6175f9" containerName="hgapi" containerID="containerd://c91436db00920ec961b9d5d6b4859d80a912e862e34fb5c45d8a85684fe6a97e" gracePeriod=30',
    expect: [], not: ['kernel.hung-task'],
  },
  // ---- security.denied ----
  {
    // messages.md §2.23 · podman-container-tools/podman#2245 [REAL audit]
    name: 'audit "type=AVC ... avc:  denied  { map }"',
    place: 'dmesg',
    text: 'type=AVC msg=audit(1555425280.457:308): avc:  denied  { map } for  pid=7462 comm="run.sh" path="/usr/bin/bash" dev="fuse" ino=26566333 scontext=system_u:system_r:container_t:s0:c442,c952 tcontext=system_u:object_r:fusefs_t:s0 tclass=file permissive=0',
    expect: ['security.denied'],
  },
  {
    // messages.md §2.23 · coreos/bugs#1757 (k8s kube-dns, old svirt labels) [REAL dmesg]
    name: 'dmesg SELinux, old svirt labels (permissive=1)',
    place: 'dmesg',
    text: 'Jan 13 09:53:53 alien3 kernel: audit: type=1400 audit(1484297633.456:2928): avc:  denied  { read } for  pid=11945 comm="nslookup" name="etc-hosts" dev="sda9" ino=1062417 scontext=system_u:system_r:svirt_lxc_net_t:s0:c278,c1001 tcontext=system_u:object_r:svirt_lxc_file_t:s0:c93,c135 tclass=file permissive=1',
    expect: ['security.denied'],
  },
  {
    // messages.md §2.23 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL dmesg]
    name: String.raw`journald AppArmor "AVC apparmor=\"DENIED\""`,
    place: 'dmesg',
    text: 'AVC apparmor="DENIED" operation="ptrace" profile="cri-containerd.apparmor.d" pid=36674 comm="pidof" requested_mask="read" denied_mask="read" peer="unconfined"',
    expect: ['security.denied'],
  },
  {
    // messages.md §2.23 · canonical/microk8s#538 (joined; the paste wrapped inside the profile name) [REAL dmesg]
    name: 'dmesg AppArmor (microk8s)',
    place: 'dmesg',
    text: 'audit: type=1400 audit(1562591111.463:2257): apparmor="DENIED" operation="ptrace" profile="cri-containerd.apparmor.d" pid=8029 comm="nginx-ingress-c" requested_mask="trace" denied_mask="trace" peer="cri-containerd.apparmor.d"',
    expect: ['security.denied'],
  },
  {
    // messages.md §2.23 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL dmesg]
    name: 'audit callbacks suppressed is not a denial',
    place: 'dmesg',
    text: 'kauditd_printk_skb: 62 callbacks suppressed',
    expect: [], not: ['security.denied'],
  },
  // ---- node.disk-full ----
  {
    // node status condition (type DiskPressure); taxonomy.yaml signals — a DiskPressure condition as the node object holds it
    name: 'DiskPressure=True',
    place: 'node-condition', condition: { type: 'DiskPressure', status: 'True', reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
    expect: ['node.disk-full'],
  },
  {
    // node status condition (type DiskPressure); taxonomy.yaml signals — a DiskPressure condition as the node object holds it
    name: 'DiskPressure=False is healthy',
    place: 'node-condition', condition: { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
    expect: [], not: ['node.disk-full'],
  },
  // ---- node.memory-pressure ----
  {
    // node status condition (type MemoryPressure); taxonomy.yaml signals — a MemoryPressure condition as the node object holds it
    name: 'MemoryPressure=True',
    place: 'node-condition', condition: { type: 'MemoryPressure', status: 'True', reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
    expect: ['node.memory-pressure'],
  },
  {
    // node status condition (type MemoryPressure); taxonomy.yaml signals — a MemoryPressure condition as the node object holds it
    name: 'MemoryPressure=False is healthy',
    place: 'node-condition', condition: { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
    expect: [], not: ['node.memory-pressure'],
  },
  // ---- node.pid-pressure ----
  {
    // node status condition (type PIDPressure); taxonomy.yaml signals — a PIDPressure condition as the node object holds it
    name: 'PIDPressure=True',
    place: 'node-condition', condition: { type: 'PIDPressure', status: 'True', reason: 'KubeletHasInsufficientPID', message: 'kubelet has insufficient PID available' },
    expect: ['node.pid-pressure'],
  },
  {
    // node status condition (type PIDPressure); taxonomy.yaml signals — a PIDPressure condition as the node object holds it
    name: 'PIDPressure=False is healthy',
    place: 'node-condition', condition: { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
    expect: [], not: ['node.pid-pressure'],
  },
  // ---- node.not-ready ----
  {
    // messages.md §2.18 · kind-ci/examples#33 [REAL describe (node condition)] — the condition as the node object holds it
    name: 'Ready=False with the §2.18 message',
    place: 'node-condition', condition: { type: 'Ready', status: 'False', reason: 'KubeletNotReady', message: 'runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized' },
    expect: ['node.not-ready'],
  },
  {
    // node status condition (type Ready); taxonomy.yaml signals — a Ready condition as the node object holds it
    name: 'Ready=Unknown (kubelet stopped posting)',
    place: 'node-condition', condition: { type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' },
    expect: ['node.not-ready'],
  },
  {
    // node status condition (type Ready); taxonomy.yaml signals — a Ready condition as the node object holds it
    name: 'Ready=True is healthy',
    place: 'node-condition', condition: { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
    expect: [], not: ['node.not-ready'],
  },
  // ---- cni.not-ready ----
  {
    // node status condition (type NetworkUnavailable); taxonomy.yaml signals — a NetworkUnavailable condition as the node object holds it
    name: 'NetworkUnavailable=True',
    place: 'node-condition', condition: { type: 'NetworkUnavailable', status: 'True', reason: 'NoRouteCreated', message: 'Node created without a route' },
    expect: ['cni.not-ready'],
  },
  {
    // node status condition (type NetworkUnavailable); taxonomy.yaml signals — a NetworkUnavailable condition as the node object holds it
    name: 'NetworkUnavailable=False is healthy',
    place: 'node-condition', condition: { type: 'NetworkUnavailable', status: 'False', reason: 'CalicoIsUp', message: 'Calico is running on this node' },
    expect: [], not: ['cni.not-ready'],
  },
  // ---- node.disk-full ----
  {
    // messages.md §0 event reason ImageGCFailed (pkg/kubelet/events/event.go) with the err text of the §2.11 line (code index id 1402095887) as its message
    name: 'node event ImageGCFailed',
    place: 'event', eventReason: 'ImageGCFailed',
    text: 'failed to garbage collect required amount of images. Wanted to free 96299243888 bytes, but freed 0 bytes',
    expect: ['node.disk-full'], not: ['node.inode-exhausted'],
  },
  // ---- node.not-ready ----
  {
    // the node lifecycle controller's NodeNotReady event (not in messages.md)
    name: 'node event NodeNotReady (node lifecycle controller; not in messages.md)',
    place: 'event', eventReason: 'NodeNotReady',
    text: 'Node node-1 status is now: NodeNotReady',
    expect: ['node.not-ready'],
  },
  {
    // the kubelet's NodeReady event (not in messages.md)
    name: 'node event NodeReady is healthy (not in messages.md)',
    place: 'event', eventReason: 'NodeReady',
    text: 'Node node-1 status is now: NodeReady',
    expect: [], not: ['node.not-ready'],
  },
  // ---- node.oom-kill ----
  {
    // the kubelet's Rebooted node event (not in messages.md)
    name: 'node event Rebooted names no OOM (not in messages.md)',
    place: 'event', eventReason: 'Rebooted',
    text: 'Node node-1 has been rebooted, boot id: 7f2c1c9e-0b1a-4a51-9c39-3f6a0d6c2e11',
    expect: [], not: ['node.oom-kill', 'node.not-ready'],
  },
];
