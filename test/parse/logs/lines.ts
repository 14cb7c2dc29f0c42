/**
 * Real log lines, copied byte for byte (by a script, not retyped) from the read-only references
 * shared/reference/layouts.md §6 and shared/reference/messages.md. Each constant names its section,
 * the line it was taken from and the origin given there. Do not retype: copy again if they change.
 */

/** layouts.md §6.1 (klog header), line 532 — real, kubelet 1.29-era. */
export const klogStructuredCrashLoop = "E0219 14:56:20.643012    3676 pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"kube-apiserver\\\" with CrashLoopBackOff: \\\"back-off 5m0s restarting failed container=kube-apiserver pod=kube-apiserver-controlplane_kube-system(195c6eb0710264975dcc1fdb4bd52a20)\\\"\" pod=\"kube-system/kube-apiserver-controlplane\" podUID=\"195c6eb0710264975dcc1fdb4bd52a20\"";
/** layouts.md §6.1 (klog header), line 536 — pre-structured form (<=1.19), placeholders as printed. */
export const klogUnstructuredCrashLoop = "E0115 03:42:18.234567    1234 pod_workers.go:191] Error syncing pod <uid> (\"<pod>_<ns>(<uid>)\"), skipping: failed to \"StartContainer\" for \"<c>\" with CrashLoopBackOff: \"Back-off 5m0s restarting failed container=<c> pod=<pod>_<ns>(<uid>)\"";
/** layouts.md §6.2 (journalctl formats), line 541 — short, real (elided with …). */
export const journalShortKubelet = "Feb 19 14:56:20 controlplane kubelet[3676]: E0219 14:56:20.643012    3676 pod_workers.go:1298] \"Error syncing pod, skipping\" …";
/** layouts.md §6.2 (journalctl formats), line 543 — short-precise, real. */
export const journalShortPreciseKubenswrapper = "Dec 01 10:19:43.788674 qemtv-05-s8dvn-master-1 kubenswrapper[2992]: E1201 10:19:43.787590    2992 cpu_manager.go:410] \"RemoveStaleState: removing container\" podUID=\"3f8c00bb-6aad-44f9-9e60-c2d1fa837a15\" containerName=\"extract-utilities\"";
/** layouts.md §6.3 (containerd), line 553 — real. */
export const journalContainerdLocalised = "Nov 05 21:34:04 master containerd[204102]: time=\"2022-11-05T21:34:04.444635983+08:00\" level=error msg=\"RunPodSandbox for &PodSandboxMetadata{Name:kube-controller-manager-master,Uid:1ab5ceb5a63fb5f500a8507ef20d279d,Namespace:kube-system,Attempt:0,} failed, error\" error=\"failed to get …\"";
/** layouts.md §6.4 (CRI-O), line 557 — real. */
export const journalCrioPrecise = "Jan 27 18:25:57.423858 master01 crio[1627]: time=\"2021-01-27 18:25:57.423599752Z\" level=info msg=\"Checking image status: quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:009...fd5\" id=39...fe name=/runtime.v1alpha2.ImageService/ImageStatus";
/** layouts.md §6.5 (CRI container log files), line 561 — real, omc testdata. */
export const criStderrKlog = "2023-11-02T06:12:07.604163885+00:00 stderr F I1102 06:12:07.604158       1 test_app.go:365] My Rotated LogMsg";
/** layouts.md §6.6 (dmesg), line 565 — real. */
export const dmesgRawBoot = "[    0.000000] Linux version 4.18.0-80.11.2.el8_0.x86_64 (mockbuild@…) …";
/** layouts.md §6.6 (dmesg), line 566 — OOM example. */
export const dmesgRawOom = "[2346012.345678] Memory cgroup out of memory: Killed process 48213 (java) total-vm:8123456kB, anon-rss:2097152kB, file-rss:10240kB, shmem-rss:0kB, UID:1000 pgtables:4500kB oom_score_adj:984";
/** layouts.md §6.6 (dmesg), line 567 — dmesg -T. */
export const dmesgHumanOom = "[Fri Jun 14 08:12:01 2024] Memory cgroup out of memory: Killed process 48213 (java) …";
/** layouts.md §6.6 (dmesg), line 568 — journalctl -k. */
export const journalKernelPrecise = "Jun 14 08:12:01.123456 node-1 kernel: Memory cgroup out of memory: …";
/** layouts.md §6.2 (journalctl formats), line 547 — real, older systemd. */
export const journalMarkerLogsBegin = "-- Logs begin at Wed 2019-10-02 02:18:24 UTC, end at Wed 2019-10-02 02:54:31 UTC. --";
/** layouts.md §6.2 (journalctl formats), line 548 — newer systemd. */
export const journalMarkerJournalBegins = "-- Journal begins at … --";
/** layouts.md §6.2 (journalctl formats), line 548 — separator. */
export const journalMarkerReboot = "-- Reboot --";
/** layouts.md §6.2 (journalctl formats), line 548 — separator. */
export const journalMarkerNoEntries = "-- No entries --";
/** messages.md §ErrImagePull / ImagePullBackOff, line 57 — grafana/loki journald.txt. */
export const klogImagePullBackOff = "E0507 11:59:43.469105    3315 pod_workers.go:1300] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"gcom-sync\\\" with ImagePullBackOff: \\\"Back-off pulling image \\\\\\\"us.gcr.io/kubernetes-dev/frontend-monitoring:6a8eb5a\\\\\\\"\\\"\" pod=\"faro/update-usage-28487080-9sqzn\" podUID=\"2cc85139-2f31-44ae-a308-3dc0df893592\"";
/** messages.md §ErrImagePull / ImagePullBackOff, line 58 — minikube#6748. */
export const journalDockershimPull = "Feb 22 09:44:20 minikube kubelet[3889]: E0222 09:44:20.447117    3889 kuberuntime_manager.go:803] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.64.1:53: read udp 192.168.64.6:43004->192.168.64.1:53: read: connection refused";
/** messages.md §CrashLoopBackOff, line 89 — grafana/loki. */
export const klogCrashLoop1300 = "E0507 11:59:41.575311    4578 pod_workers.go:1300] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"grafana\\\" with CrashLoopBackOff: \\\"back-off 2m40s restarting failed container=grafana pod=k6testslow3-grafana-dcb88d9f9-h74pm_hosted-grafana(01d5760f-8e5c-41f2-ac50-49eda7752498)\\\"\" pod=\"hosted-grafana/k6testslow3-grafana-dcb88d9f9-h74pm\" podUID=\"01d5760f-8e5c-41f2-ac50-49eda7752498\"";
/** messages.md §RunContainerError, line 104 — kubernetes#62782, 4月. */
export const journalChineseMonthUnstructured = "4月 19 16:23:23 localhost kubelet[8153]: E0419 16:23:23.950042    8153 pod_workers.go:186] Error syncing pod de983ffbc7f4929e5afc5927740925e4 (\"kube-scheduler-yeahuh-vb_kube-system(de983ffbc7f4929e5afc5927740925e4)\"), skipping: failed to \"StartContainer\" for \"kube-scheduler\" with RunContainerError: \"failed to start container \\\"3f9e36bdd0fba53c03b23be02e0ccb1d69b63d6a1339cf548283317783e8db40\\\": executable not found in $PATH\"";
/** messages.md §RunContainerError, line 106 — k3s#2370, `Oct  8`. */
export const journalK3sPaddedDay = "Oct  8 16:43:12 worker9 k3s[1636]: E1008 16:43:12.182465    1636 remote_runtime.go:222] StartContainer \"370ff8936293ce21adcc876022be8cfdb76d5118effa9c15fc9338ec2447dadf\" from runtime service failed: rpc error: code = Unknown desc = failed to create containerd task: OCI runtime c[…]";
/** messages.md §CreateContainerConfigError, line 116 — grafana/loki. */
export const klogUnstructuredContainer = "E0507 11:59:41.375655    4736 kuberuntime_manager.go:1256] container &Container{Name:ruler,Image:grafana/enterprise-metrics:v2.12.0,[…]} start failed in pod gem-mimir-ruler-5f56f7846b-fgxdm_ge-metrics-federation(07c06e21-137b-4fdd-b7d3-703f0a567720): CreateContainerConfigError: secret \"ruler-alertmanager-token\" not found";
/** messages.md §KillContainerError / FailedKillPod, line 132 — containerd#6080. */
export const journalContainerdEscaped = "Nov 17 08:20:45 ip-10-xxxxx containerd[2734]: time=\"2025-11-17T08:20:45.824390820Z\" level=info msg=\"Skipping the sending of signal terminated to container \\\"ad19ff3691b52ab92020f5df0011c487cf96b4052a081f3783a94a56c1021883\\\" because a prior stop with timeout>0 request already sent the signal\"";
/** messages.md §KillContainerError / FailedKillPod, line 135 — grafana/loki. */
export const klogKillingContainer = "I0507 11:59:34.518822    3224 kuberuntime_container.go:745] \"Killing container with a grace period\" pod=\"hosted-grafana/hosted-grafana-api-7b6bd9b949-9csb4\" podUID=\"25cb986c-3d6c-4ed0-abf3-ee59ed6175f9\" containerName=\"hgapi\" containerID=\"containerd://c91436db00920ec961b9d5d6b4859d80a912e862e34fb5c45d8a85684fe6a97e\" gracePeriod=30";
/** messages.md §CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged, line 139 — kubelet#46, 7-digit pid fills %7d. */
export const journalKubelet7DigitPid = "Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459322 1067481 remote_runtime.go:193] \"RunPodSandbox from runtime service failed\" err=\"rpc error: code = Unknown desc = failed to setup network for sandbox \\\"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\\\": plugin type=\\\"flannel\\\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory\"";
/** messages.md §CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged, line 142 — rancher#14504. */
export const klogOldCreatePodSandbox = "E0711 15:11:17.994703   24727 kuberuntime_manager.go:646] createPodSandbox for pod \"myzep-79945ccb7f-rz8ld_myzep(4ae2623a-8519-11e8-9f37-005056021169)\" failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod \"myzep-79945ccb7f-rz8ld_myzep\" network: failed to allocate for range 0: no IP addresses available in range set: 10.42.0.1-10.42.0.254";
/** messages.md §KillPodSandboxError / FailedKillPod, line 157 — bottlerocket#359, quotes as pasted. */
export const journalContainerdUnescapedPaste = "Oct 02 23:27:34 ip-10-0-60-95.us-west-2.compute.internal containerd[2639]: time=\"2019-10-02T23:27:34.439359450Z\" level=error msg=\"StopPodSandbox for \"cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60\" failed\" error=\"failed to destroy network for sandbox \"cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60\": del cmd: failed to process delete request\"";
/** messages.md §KillPodSandboxError / FailedKillPod, line 158 — calico#4084, no time=. */
export const logrusNoTime = "level=error msg=\"StopPodSandbox for \\\"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\\\" failed\" error=\"failed to destroy network for sandbox \\\"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\\\": WorkloadEndpoint.crd.projectcalico.org \\\"WorkloadEndpoint(default/node01-k8s-prometheus--1-eth0)\\\" not found\"";
/** messages.md §TeardownNetworkError, line 167 — origin#9121, jún. */
export const journalSlovakMonth = "jún 01 22:51:23 bla origin-node[1802]: E0601 22:51:23.990678    1802 kubelet.go:2248] Failed killing the pod \"standalone-all-19-deploy\": failed to \"TeardownNetwork\" for \"standalone-all-19-deploy_platform\" with TeardownNetworkError: \"Failed to teardown network for pod \\\"8e008e66-283a-11e6-ad25-000c298cc5cd\\\" using network plugins \\\"redhat/openshift-ovs-subnet\\\": exit status 1\"";
/** messages.md §TeardownNetworkError, line 170 — kubernetes-starter#1. */
export const journalKubeletWarning = "Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: W0201 00:48:17.541940   26695 cni.go:302] CNI failed to retrieve network namespace path: cannot find network namespace for the terminated container \"dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e\"";
/** messages.md §2.3 Registry auth failure, line 226 — grafana/loki. */
export const klogUnableToRetrieveSecret = "I0507 11:59:43.041723    4589 kubelet_pods.go:906] \"Unable to retrieve pull secret, the image pull may not succeed.\" pod=\"grafana-apps/bigquery-datasource-grafana-app-fast-7c94f74fd6-9n6t7\" secret=\"\" err=\"secret \\\"dockerhub\\\" not found\"";
/** messages.md §2.4 Registry rate limit, line 232 — kubernetes#9534. */
export const klogOldGlog2015 = "W1127 10:42:16.169000    3395 manager.go:1897] Failed to pull image \"gcr.io/google_containers/kube-ui:v2\" from pod \"kube-ui-v2-ojp6m_kube-system\" and container \"kube-ui\": Error: Status 429 trying to pull repository google_containers/kube-ui: \"<!DOCTYPE html>[…]";
/** messages.md §2.6 Network timeout or connection refused to the registry, line 245 — cri-o#2723, empty host. */
export const journalCrioEmptyHost = "Aug 14 18:43:26  crio[18468]: time=\"2019-08-14 18:43:26.456288654Z\" level=debug msg=\"response error: Get http://registry-1.docker.io/v2/: dial tcp 34.199.40.84:80: i/o timeout\\npinging docker registry returned[…]";
/** messages.md §2.11 Disk full, line 272 — k3os#55. */
export const containerdK3os = "time=\"2019-04-27T16:58:24.800670127Z\" level=info msg=\"apply failure, attempting cleanup\" error=\"failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown\" key=\"extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda\"";
/** messages.md §2.11 Disk full, line 277 — public notes. */
export const journalKubeletPid119 = "Jul 04 10:38:14 local-worker kubelet[119]: I0704 10:38:14.578833     119 image_gc_manager.go:304] \"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold\" usage=73 highThreshold=2 amountToFree=96299243888 lowThreshold=1";
/** messages.md §2.11 Disk full, line 281 — k3s#888. */
export const klogEvictionPid1 = "E1010 09:05:34.484901       1 eviction_manager.go:355] eviction manager: eviction thresholds have been met, but no pods are active to evict";
/** messages.md §2.11 Disk full, line 285. */
export const rfc3339BracketWarning = "2023-12-15T19:23:47Z [Warning] The node was low on resource: ephemeral-storage.";
/** messages.md §2.12 OOM, line 288 — reportportal#203. */
export const dmesgRawOomInvoked = "[ 7093.543707] uwsgi invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986";
/** messages.md §2.12 OOM, line 289 — kubernetes#56891. */
export const dmesgHumanOomOld = "[Thu Dec  7 00:05:15 2017] Memory cgroup out of memory: Kill process 24572 (java) score 0 or sacrifice child";
/** messages.md §2.12 OOM, line 290 — istio#42734. */
export const journalKernelNoStamp = "Jan  5 02:12:02 iZbp153spuk45ulvkwxf34Z kernel: Task in /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope killed as a result of limit of /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope";
/** messages.md §2.12 OOM, line 292 — gpud#70, host elided as .... */
export const journalKernelDottedHost = "Aug 30 06:58:55.050705 ... kernel: oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,mems_allowed=0-1,oom_memcg=/lxc.payload....-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice,task_memcg=/lxc.payload.ny2g2r5hh3-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice/cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,task=pt_main_thread,pid=461754,uid=0";
/** messages.md §2.13 Liveness probe failure, line 303 — kubernetes#122256, rsyslog RFC3339. */
export const journalIsoContainerd = "2023-11-13T03:50:55.201611+01:00 worker-pool4-j7f0skum-pccc-377-3 containerd[13306]: time=\"2023-11-13T03:50:55.198678872+01:00\" level=error msg=\"ExecSync for \\\"043222b6c45bf7f6afe7f242ae2bbe7018dc473e3392143ed870c880643340c6\\\" failed\" error=\"failed to exec in container: failed to start exec \\\"9544e28db28ff21d4dd3b2b4810929da2ed685296bc1d96a1d26a295119258ce\\\": OCI runtime exec failed: exec failed: unable to start container process: error executing setns process: exit status 1: unknown\"";
/** messages.md §2.14 exec format error / executable not found, line 310 — containerd#2481. */
export const journalContainerdNoFraction = "Jul 20 17:41:28 k8s-node1 containerd[7306]: time=\"2018-07-20T17:41:28+08:00\" level=error msg=\"RunPodSandbox for &PodSandboxMetadata{Name:nginx-64f497f8fd-pbfzw,Uid:02cfb9af-8bff-11e8-b0cb-00163e0d02ae,Namespace:default,Attempt:0,} failed, error\" error=\"failed to start sandbox container: failed to create containerd task: failed to start shim: exec: \"containerd-shim\": executable file not found in $PATH: unknown\"";
/** messages.md §2.17 CNI plugin failures at sandbox setup, line 340 — cilium#30820. */
export const journalContainerdCilium = "Feb 15 20:28:32 kind-worker containerd[3929]: time=\"2024-02-15T20:28:32.075190807Z\" level=error msg=\"RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,} failed, error\" error=\"failed to setup network for sandbox \\\"1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2\\\": plugin type=\\\"cilium-cni\\\" failed (add): netplugin failed: \\\"ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\\\n\\\"\"";
/** messages.md §2.17 CNI plugin failures at sandbox setup, line 343 — cri-o#8250, 6月, +08:00. */
export const journalCrioChineseOffset = "6月 04 00:28:47 10-202-91-13 crio[883769]: time=\"2024-06-04 00:28:47.525475235+08:00\" level=info msg=\"Adding pod default_example-pod-2 to CNI network \\\"crio\\\" (type=bridge)\"";
/** messages.md §2.18 CNI not initialized / NetworkPluginNotReady, line 350 — kubernetes#129294. */
export const klogStatusLong = "I1219 05:56:59.440760   37131 kubelet.go:2895] \"Container runtime status\" status=\"Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized, ContainerdHasNoDeprecationWarnings=true reason: message:; Handlers: , Features: nil\"";
/** messages.md §2.22 Container runtime down or hung, line 380 — microk8s#525. */
export const journalMicrok8sIdent = "Jun 28 02:10:05 hostname microk8s.daemon-kubelet[2890]: E0628 02:10:05.149976    2890 remote_runtime.go:182] ListPodSandbox with filter nil from runtime service failed: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \"transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused\"";
/** messages.md §2.22 Container runtime down or hung, line 381 — moby#40390. */
export const dockerdLogrus = "time=\"2020-01-17T13:34:00.228328085Z\" level=error msg=\"failed to get event\" error=\"rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \\\"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\\\"\" module=libcontainerd namespace=plugins.moby";
/** messages.md §2.22 Container runtime down or hung, line 383 — kubernetes#122256. */
export const journalIsoKubelet = "2023-11-13T03:50:55.202154+01:00 worker-pool4-j7f0skum-pccc-377-3 kubelet[22614]: E1113 03:50:55.199033 22614 remote_runtime.go:479] \"ExecSync cmd from runtime service failed\" err=\"rpc error: code = Unknown desc = failed to exec in container: failed to start exec \\\"9544e28db28ff21d4dd3b2b4810929da2ed685296bc1d96a1d26a295119258ce\\\": OCI runtime exec failed: exec f[…]";
/** messages.md §2.23 Kernel evidence, line 386 — longhorn#2775. */
export const journalKernelStamp = "Jul  6 14:46:14 adjucator kernel: [23809.077400] EXT4-fs (sde): I/O error while writing superblock";
/** messages.md §2.23 Kernel evidence, line 391 — kube-aws#476. */
export const dmesgRawConntrack = "[2833841.216211] nf_conntrack: nf_conntrack: table full, dropping packet";
/** messages.md §2.23 Kernel evidence, line 392 — kubernetes#71261. */
export const klogKubeProxy = "I1120 15:18:19.757786   26448 conntrack.go:52] Setting nf_conntrack_max to 786432";
/** messages.md §2.23 Kernel evidence, line 393 — moby#41676, [So ...]. */
export const dmesgHumanGermanDay = "[So Nov 15 15:59:41 2020] \"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.";
/** messages.md §2.23 Kernel evidence, line 395 — Flatcar#847. */
export const dmesgRawHungTask = "[1282119.643335] INFO: task Handling GET /l:830503 blocked for more than 123 seconds.";
/** messages.md §2.23 Kernel evidence, line 397 — coreos/bugs#1757. */
export const journalKernelAudit = "Jan 13 09:53:53 alien3 kernel: audit: type=1400 audit(1484297633.456:2928): avc:  denied  { read } for  pid=11945 comm=\"nslookup\" name=\"etc-hosts\" dev=\"sda9\" ino=1062417 scontext=system_u:system_r:svirt_lxc_net_t:s0:c278,c1001 tcontext=system_u:object_r:svirt_lxc_file_t:s0:c93,c135 tclass=file permissive=1";
/** messages.md §ImageInspectError, line 63 — kubectl get events with timestamps; not a log format. */
export const eventsTableIso = "2019-07-02T05:01:02Z  kubeflow-presubmit-kfctl-go-iap-istio-3577-3203d8a-4848-1d65-2463764818  InspectFailed  Failed to inspect image \"gcr.io/kubeflow-ci/test-worker:latest\": rpc error: code = Unknown desc = Error response from daemon: readlink /var/lib/docker/overlay2: invalid argument";
