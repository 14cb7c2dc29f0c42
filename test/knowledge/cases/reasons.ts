/**
 * Reason cases: what a cluster prints and the reasons the reason index makes of it (run by
 * test/knowledge/reasons.test.ts). Grouped by reason; within a group the wordings of the runtimes
 * and kubelet versions (dockershim, containerd, CRI-O; unstructured and structured klog) side by side.
 * Texts are copied from shared/reference/messages.md, section and source in the comment above each;
 * a text that is not from there says so. Generated once from messages.md, then kept by hand.
 */
import type { ReasonCase } from './types.js';

export const reasonCases: ReasonCase[] = [
  // ---- ImagePullBackOff ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/images/types.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'ImagePullBackOff',
    expect: ['ImagePullBackOff'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · ceph/ceph-csi#2029 [REAL event] (the event's message: the describe row from its message on)
    name: 'event Failed "Error: ImagePullBackOff"',
    via: 'message', place: 'event',
    text: 'Error: ImagePullBackOff',
    expect: ['ImagePullBackOff'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · democratic-csi/democratic-csi#90 [REAL event] (the event's message: the describe row from its message on)
    name: 'event BackOff "Back-off pulling image"',
    via: 'message', place: 'event',
    text: 'Back-off pulling image "democraticcsi/democratic-csi:latest"',
    expect: ['ImagePullBackOff'], not: ['CrashLoopBackOff'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
    name: 'kubelet, structured pod_workers wrapper (containerd era)',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 11:59:43.469105    3315 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"gcom-sync\" with ImagePullBackOff: \"Back-off pulling image \\\"us.gcr.io/kubernetes-dev/frontend-monitoring:6a8eb5a\\\"\"" pod="faro/update-usage-28487080-9sqzn" podUID="2cc85139-2f31-44ae-a308-3dc0df893592"`,
    expect: ['ImagePullBackOff'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · cri-o/cri-o#189 (2017, k8s 1.5) [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedSync, k8s 1.5 unstructured wrapper',
    via: 'message', place: 'event',
    text: String.raw`Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ImagePullBackOff: "Back-off pulling image \"nginx\""`,
    expect: ['ImagePullBackOff'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · ceph/ceph-csi#2029 [REAL event] (the event's message: the describe row from its message on)
    name: 'ErrImagePull framing is not ImagePullBackOff',
    via: 'message', place: 'event',
    text: 'Error: ErrImagePull',
    expect: ['ErrImagePull'], not: ['ImagePullBackOff'],
  },
  // ---- ErrImagePull ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/images/types.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'ErrImagePull',
    expect: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · UKHomeOffice/kb8or#48 (2015) [REAL status]
    name: 'waiting reason, pre-1.2 name PullImageError',
    via: 'waiting', place: 'status',
    text: 'PullImageError',
    expect: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · kubernetes/minikube#6748 (dockershim) [REAL kubelet] — a DNS server refusing is not the registry refusing
    name: 'kubelet "container start failed: ErrImagePull" (dockershim)',
    via: 'message', place: 'kubelet',
    text: 'Feb 22 09:44:20 minikube kubelet[3889]: E0222 09:44:20.447117    3889 kuberuntime_manager.go:803] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.64.1:53: read udp 192.168.64.6:43004->192.168.64.1:53: read: connection refused',
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  {
    // messages.md §2.1 · sympozium-ai/sympozium#5 (containerd) [REAL event]
    name: 'event Failed "Failed to pull image" (containerd, NotFound)',
    via: 'message', place: 'event',
    text: 'Failed to pull image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": failed to resolve reference "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": ghcr.io/alexsjones/sympozium/apiserver:v0.0.29: not found',
    expect: ['ErrImagePull'], not: ['ImagePullBackOff', 'InvalidImageName'],
  },
  {
    // messages.md §2.1 · grafana/loki pkg/pattern/drain/drain_test.go (templated) [REAL kubelet]
    name: 'kubelet "PullImage from image service failed" (containerd, structured)',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 <_>    <_> remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"<_>\": failed to resolve reference \"<_>\": <_> not found" image="<_>"`,
    expect: ['ErrImagePull'], not: ['ImageInspectError'],
  },
  {
    // messages.md §2.5 · kubernetes/minikube#4213 (docker) [REAL kubelet]
    name: `kubelet 'PullImage "<ref>" from image service failed' (dockershim)`,
    via: 'message', place: 'kubelet',
    text: 'May 06 15:43:39 permanent kubelet[3221]: E0506 15:43:39.785898    3221 remote_image.go:113] PullImage "memcached:1.4.36-alpine" from image service failed: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: read udp 10.0.2.15:39674->10.0.2.3:53: i/o timeout',
    expect: ['ErrImagePull'], not: ['ImageInspectError'],
  },
  {
    // messages.md §2.3 · kubernetes/minikube#20613 [REAL event]
    name: 'event "Failed to pull image" (docker, pull access denied)',
    via: 'message', place: 'event',
    text: `Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  {
    // messages.md §2.3 · aws/amazon-vpc-cni-k8s#708 (v1.15) [REAL kubelet] — missed before: pattern added to ErrImagePull.yaml
    name: `kubelet v1.15 'Pull image "<ref>" failed' (dockershim, ECR)`,
    via: 'message', place: 'kubelet',
    text: '15542 kuberuntime_image.go:51] Pull image "602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/amazon-k8s-cni:v1.5.3" failed: rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.5.3: no basic auth credentials',
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  {
    // messages.md §2.3 · coreos/coreos-kubernetes#461 (v1.2) [REAL event] (the event's message: the describe row from its message on) — "API error (500)" wraps a missing credential here, not a registry outage
    name: 'event ErrImagePull wrapper with API error (500) of an auth failure (k8s 1.2)',
    via: 'message', place: 'event',
    text: String.raw`Error syncing pod, skipping: failed to "StartContainer" for "zre" with ErrImagePull: "API error (500): Get https://<account number>.dkr.ecr.eu-west-1.amazonaws.com/v2/zre/manifests/latest: no basic auth credentials\n"`,
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  {
    // messages.md §1 ErrImageNeverPull · k3s-io/k3s#1586 [REAL event] (the event's message: the describe row from its message on)
    name: 'the never-pull message is ErrImageNeverPull only',
    via: 'message', place: 'event',
    text: 'Container image "nginx:latest" is not present with pull policy of Never',
    expect: ['ErrImageNeverPull'], not: ['ErrImagePull'],
  },
  // ---- ImageInspectError ----
  {
    // messages.md §1 ImageInspectError · hasura/gitkube#86 [REAL get] — the STATUS column's reason
    name: 'waiting reason (get)',
    via: 'waiting', place: 'status',
    text: 'ImageInspectError',
    expect: ['ImageInspectError'],
  },
  {
    // messages.md §1 ImageInspectError · kubeflow/testing#413 (docker) [REAL event] — the reason column
    name: 'event reason InspectFailed',
    via: 'event', place: 'event',
    text: 'InspectFailed',
    expect: ['ImageInspectError'],
  },
  {
    // messages.md §1 ImageInspectError · kubeflow/testing#413 (docker) [REAL event] (the event's message: the describe row from its message on)
    name: 'event InspectFailed message (docker overlay2)',
    via: 'message', place: 'event',
    text: 'Failed to inspect image "gcr.io/kubeflow-ci/test-worker:latest": rpc error: code = Unknown desc = Error response from daemon: readlink /var/lib/docker/overlay2: invalid argument',
    expect: ['ImageInspectError'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 ImageInspectError · kubeflow/testing#413 [REAL event] (the event's message: the describe row from its message on)
    name: 'event Failed "Error: ImageInspectError"',
    via: 'message', place: 'event',
    text: 'Error: ImageInspectError',
    expect: ['ImageInspectError'],
  },
  {
    // messages.md §1 ImageInspectError · k3s-io/k3s#12540 (k3s v1.32, --docker/cri-dockerd) [REAL event] (the event's message: the describe row from its message on)
    name: 'event InspectFailed, cri-dockerd nil pointer (k3s 1.32)',
    via: 'message', place: 'event',
    text: 'Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image',
    expect: ['ImageInspectError'],
  },
  {
    // messages.md §1 ImageInspectError · kubernetes/kubernetes#141571 (PR: recent kubelet regression where the message names no image; text from unit-test output) [SRC/test event]
    name: 'event with no image name (recent kubelet regression)',
    via: 'message', place: 'event',
    text: 'Failed to inspect image "": unknown inspectError',
    expect: ['ImageInspectError'],
  },
  {
    // messages.md §1 ImageInspectError · kubernetes/kubernetes#72295 (dockershim, malformed pause image ref) [REAL kubelet] — "invalid reference format" here is the runtime inspecting, not the kubelet refusing the name
    name: `kubelet 'ImageStatus "<ref>" from image service failed' with a malformed pause ref (dockershim)`,
    via: 'message', place: 'kubelet',
    text: String.raw`Dec 22 15:12:46 node-01 kubelet[2002]: E1222 15:12:46.909965    2002 remote_image.go:87] ImageStatus "registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0\"" from image service failed: rpc error: code = Unknown desc = Error response from daemon: no such image: registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0": invalid reference format`,
    expect: ['ImageInspectError'], not: ['ErrImagePull', 'InvalidImageName'],
  },
  // ---- ErrImageNeverPull ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/images/types.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'ErrImageNeverPull',
    expect: ['ErrImageNeverPull'],
  },
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/events/event.go [SRC event reason]
    name: 'event reason ErrImageNeverPull',
    via: 'event', place: 'event',
    text: 'ErrImageNeverPull',
    expect: ['ErrImageNeverPull'],
  },
  {
    // messages.md §1 ErrImageNeverPull · stellar/anchor-platform#1467 [REAL event] (the event's message: the describe row from its message on)
    name: 'event message (kubelet source column)',
    via: 'message', place: 'event',
    text: 'Container image "docker-registry.services.stellar-ops.com/dev/anchor-platform:e6ca4be8" is not present with pull policy of Never',
    expect: ['ErrImageNeverPull'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImageNeverPull · GoogleContainerTools/skaffold#9687 [REAL status (as relayed by skaffold)]
    name: 'status relayed by skaffold',
    via: 'message', place: 'status',
    text: 'ErrImageNeverPull: Container image "quay.io/jetstack/cert-manager-controller:v1.16.3" is not present with pull policy of Never',
    expect: ['ErrImageNeverPull'],
  },
  {
    // messages.md §1 ErrImageNeverPull · grafana/loki pkg/pattern/drain/drain_test.go (pattern mined from a real journal; <_> is the tokenizer's placeholder) [REAL kubelet]
    name: 'kubelet structured wrapper',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 <_>    <_> pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"pdc\" with ErrImageNeverPull: \"Container image \\\"us.gcr.io/hosted-grafana/pdc:0.1.415\\\" is not present with pull policy of Never\"" pod="<_>" podUID="<_>"`,
    expect: ['ErrImageNeverPull'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · democratic-csi/democratic-csi#90 [REAL event] (the event's message: the describe row from its message on)
    name: 'Back-off pulling image is not never-pull',
    via: 'message', place: 'event',
    text: 'Back-off pulling image "democraticcsi/democratic-csi:latest"',
    expect: ['ImagePullBackOff'], not: ['ErrImageNeverPull'],
  },
  // ---- RegistryUnavailable ----
  {
    // messages.md §0 · k8s.io/cri-api/pkg/errors [SRC const]
    name: 'waiting reason (CRI-O ECONNREFUSED, kubelet >= 1.30)',
    via: 'waiting', place: 'status',
    text: 'RegistryUnavailable',
    expect: ['RegistryUnavailable'],
  },
  {
    // messages.md §1 RegistryUnavailable · kubernetes/kubernetes pkg/kubelet/images/image_manager.go [SRC kubelet/status] — the format filled in; no REAL line exists (§4)
    name: 'kubelet/status v1.30+ (format filled with the example of §1)',
    via: 'message', place: 'status',
    text: 'image pull failed for registry.example.com/shop/web:1.0 because the registry is unavailable: pinging container registry ...: connect: connection refused',
    expect: ['RegistryUnavailable'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 RegistryUnavailable · kubernetes/kubernetes image_manager.go pre-1.30 [SRC kubelet] — the format filled in
    name: 'kubelet pre-1.30 (format filled in)',
    via: 'message', place: 'kubelet',
    text: 'image pull failed for gcr.io/google_containers/spark:1.5.2_v1 because the registry is unavailable.',
    expect: ['RegistryUnavailable'],
  },
  {
    // messages.md §0, §1 RegistryUnavailable · cri-o/cri-o server/image_pull.go [SRC crio] — "RegistryUnavailable: <pull error>" filled with the §1 example
    name: 'CRI-O prefix',
    via: 'message', place: 'crio',
    text: 'RegistryUnavailable: pinging container registry ...: connect: connection refused',
    expect: ['RegistryUnavailable'],
  },
  {
    // messages.md §2.8 · maguowei/k8s-docker-desktop-for-mac#6 [REAL docker]
    name: 'registry answers 503 while pulling (docker wording, inside a Failed event)',
    via: 'message', place: 'event',
    text: 'error pulling image configuration: received unexpected HTTP status: 503 Service Unavailable',
    expect: ['RegistryUnavailable'], not: ['ErrImagePull'],
  },
  {
    // messages.md §2.6 · kubernetes/kubernetes#56493 (docker) [REAL event]
    name: 'i/o timeout to the registry is not the registry refusing (docker)',
    via: 'message', place: 'event',
    text: 'Failed to pull image "testgitlab.lendingkart.com:5005/mihir-lkart/actuator-sample": rpc error: code = Unknown desc = Error response from daemon: Get https://testgitlab.lendingkart.com:5005/v1/_ping: dial tcp 172.31.17.179:5005: i/o timeout',
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  {
    // messages.md §2.6 · openshift/origin#3859 (2015) [REAL event]
    name: 'connection reset by the registry (2015)',
    via: 'message', place: 'event',
    text: 'Failed to pull image "172.30.13.89:5000/test/origin-ruby-sample@sha256:d7e1ed4818f45fc14a6ea98c622fddd81e2ab36caad8c94850952d8d150a2952": API error (500): v1 ping attempt failed with error: Get http://172.30.13.89:5000/v1/_ping: read tcp 172.30.13.89:5000: connection reset by peer',
    expect: ['ErrImagePull'], not: ['RegistryUnavailable'],
  },
  // ---- InvalidImageName ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/images/types.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'InvalidImageName',
    expect: ['InvalidImageName'],
  },
  {
    // messages.md §1 InvalidImageName · galaxyproject/galaxy#9733 [REAL status]
    name: 'status "InvalidImageName: Failed to apply default image tag"',
    via: 'message', place: 'status',
    text: `InvalidImageName: Failed to apply default image tag "quay.io/biocontainers/Mimodd:0.1.9--py36_0": couldn't parse image reference "quay.io/biocontainers/MiModD:0.1.9--py36_0": invalid reference format: repository name must be lowercase`,
    expect: ['InvalidImageName'], not: ['ErrImagePull', 'ImageInspectError'],
  },
  {
    // messages.md §1 InvalidImageName · SwissDataScienceCenter/renku#281 [REAL event]
    name: 'event "Failed to apply default image tag"',
    via: 'message', place: 'event',
    text: `Failed to apply default image tag "registry.internal.renku.ch/GaRaLi/renku-challenge:e75f5d6": couldn't parse image reference "registry.internal.renku.ch/GaRaLi/renku-challenge:e75f5d6": invalid reference format: repository name must be lowercase`,
    expect: ['InvalidImageName'], not: ['ErrImagePull'],
  },
  {
    // messages.md §1 InvalidImageName · bazelbuild/rules_docker#1648 [REAL runtime]
    name: 'runtime wording "is not a valid repository/tag" (docker)',
    via: 'message', place: 'event',
    text: 'Error parsing reference: "bazel/MyImage:tag" is not a valid repository/tag: invalid reference format: repository name must be lowercase',
    expect: ['InvalidImageName'],
  },
  // ---- CrashLoopBackOff ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/container/sync_result.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'CrashLoopBackOff',
    expect: ['CrashLoopBackOff'],
  },
  {
    // messages.md §1 CrashLoopBackOff · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
    name: 'kubelet structured wrapper "back-off 2m40s restarting failed container="',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 11:59:41.575311    4578 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"grafana\" with CrashLoopBackOff: \"back-off 2m40s restarting failed container=grafana pod=k6testslow3-grafana-dcb88d9f9-h74pm_hosted-grafana(01d5760f-8e5c-41f2-ac50-49eda7752498)\"" pod="hosted-grafana/k6testslow3-grafana-dcb88d9f9-h74pm" podUID="01d5760f-8e5c-41f2-ac50-49eda7752498"`,
    expect: ['CrashLoopBackOff'], not: ['ImagePullBackOff'],
  },
  {
    // messages.md §1 CrashLoopBackOff · k8sgpt-ai/k8sgpt#792 [REAL tool output]
    name: 'status "back-off 5m0s restarting failed container=c pod=p"',
    via: 'message', place: 'status',
    text: 'Error: back-off 5m0s restarting failed container=kube-mgmt pod=opa-849dcb7499-9chrt_opa(7f8061d3-3603-49d6-8e03-77cb4b1bbed4)',
    expect: ['CrashLoopBackOff'],
  },
  {
    // messages.md §1 CrashLoopBackOff · tarantool/tarantool-operator#88 [REAL event] (the event's message: the describe row from its message on)
    name: 'event BackOff, old text without the container',
    via: 'message', place: 'event',
    text: 'Back-off restarting failed container',
    expect: ['CrashLoopBackOff'],
  },
  {
    // messages.md §1 CrashLoopBackOff · fabric8io/gofabric8#315 (k8s 1.3; capital "Back-off" in the status text) [REAL event]
    name: 'status capitalised "Back-off 10s" (k8s 1.3)',
    via: 'message', place: 'status',
    text: 'failed to "StartContainer" for "init" with CrashLoopBackOff: "Back-off 10s restarting failed container=init pod=gogs-5-8exat_fabric8(ad3620fb-c288-11e6-b27f-00248cfcb938)"',
    expect: ['CrashLoopBackOff'], not: ['RunInitContainerError'],
  },
  {
    // messages.md §2.13 · kubernetes/kubernetes#82987 [REAL event] (the event's message: the describe row from its message on)
    name: 'Killing after a liveness failure is not a crash loop (yet)',
    via: 'message', place: 'event',
    text: 'Container five-second-liveness-probe failed liveness probe, will be restarted',
    expect: [], not: ['CrashLoopBackOff'],
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
    name: 'image back-off is not a crash loop',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 11:59:43.469105    3315 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"gcom-sync\" with ImagePullBackOff: \"Back-off pulling image \\\"us.gcr.io/kubernetes-dev/frontend-monitoring:6a8eb5a\\\"\"" pod="faro/update-usage-28487080-9sqzn" podUID="2cc85139-2f31-44ae-a308-3dc0df893592"`,
    expect: ['ImagePullBackOff'], not: ['CrashLoopBackOff'],
  },
  // ---- RunContainerError ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/container/sync_result.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'RunContainerError',
    expect: ['RunContainerError'],
  },
  {
    // taxonomy.yaml RunContainerError surfacesAs "status reason StartError / exit 128"; messages.md §1 RunContainerError
    name: 'terminated StartError (containerd, exit 128)',
    via: 'terminated', place: 'status',
    text: 'StartError',
    expect: ['RunContainerError'],
  },
  {
    // troubleshoot-pod-files fixtures (test/detect/troubleshoot-pod-files.test.ts); not in messages.md
    name: 'terminated ContainerCannotRun (dockershim)',
    via: 'terminated', place: 'status',
    text: 'ContainerCannotRun',
    expect: ['RunContainerError'],
  },
  {
    // messages.md §1 RunContainerError · kubernetes/kubernetes#62782 (docker era) [REAL kubelet]
    name: 'kubelet unstructured wrapper (docker era)',
    via: 'message', place: 'kubelet',
    text: String.raw`4月 19 16:23:23 localhost kubelet[8153]: E0419 16:23:23.950042    8153 pod_workers.go:186] Error syncing pod de983ffbc7f4929e5afc5927740925e4 ("kube-scheduler-yeahuh-vb_kube-system(de983ffbc7f4929e5afc5927740925e4)"), skipping: failed to "StartContainer" for "kube-scheduler" with RunContainerError: "failed to start container \"3f9e36bdd0fba53c03b23be02e0ccb1d69b63d6a1339cf548283317783e8db40\": executable not found in $PATH"`,
    expect: ['RunContainerError'], not: ['CreateContainerError'],
  },
  {
    // messages.md §1 RunContainerError · kubernetes/kubernetes#42164 (2017) [REAL event]
    name: 'event FailedSync wrapper, runtime timeout (2017)',
    via: 'message', place: 'event',
    text: 'Error syncing pod, skipping: failed to "StartContainer" for "svc-0" with RunContainerError: "runContainer: operation timeout: context deadline exceeded"',
    expect: ['RunContainerError'],
  },
  {
    // messages.md §1 RunContainerError · k3s-io/k3s#2370 [REAL kubelet]
    name: `kubelet 'StartContainer "<id>" from runtime service failed' (containerd task)`,
    via: 'message', place: 'kubelet',
    text: 'Oct  8 16:43:12 worker9 k3s[1636]: E1008 16:43:12.182465    1636 remote_runtime.go:222] StartContainer "370ff8936293ce21adcc876022be8cfdb76d5118effa9c15fc9338ec2447dadf" from runtime service failed: rpc error: code = Unknown desc = failed to create containerd task: OCI runtime c[…]',
    expect: ['RunContainerError'], not: ['CreatePodSandboxError'],
  },
  {
    // messages.md §2.14 · moby/moby#37713 (docker-era runc wording) [REAL docker]
    name: 'runc create failed (docker wording, inside a Failed event)',
    via: 'message', place: 'event',
    text: String.raw`OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \"/registry\": executable file not found in $PATH": unknown.`,
    expect: ['RunContainerError'],
  },
  {
    // messages.md §2.14 · containerd/containerd#2481 (shim binary missing, sandbox) [REAL containerd]
    name: 'a sandbox whose shim is missing is not a container start (containerd log)',
    via: 'message', place: 'containerd',
    text: 'Jul 20 17:41:28 k8s-node1 containerd[7306]: time="2018-07-20T17:41:28+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:nginx-64f497f8fd-pbfzw,Uid:02cfb9af-8bff-11e8-b0cb-00163e0d02ae,Namespace:default,Attempt:0,} failed, error" error="failed to start sandbox container: failed to create containerd task: failed to start shim: exec: "containerd-shim": executable file not found in $PATH: unknown"',
    expect: ['CreatePodSandboxError'], not: ['RunContainerError'],
  },
  {
    // composed: the messages.md §1 CreatePodSandboxError event format "Failed to create pod sandbox: %v" around the REAL §2.14 containerd/containerd#2481 error — RunContainerError caught it before (and brought container.command-not-found in as the cause): fixed with an unless in RunContainerError.yaml
    name: 'a sandbox whose shim is missing, as the kubelet event shows it, is not a container start',
    via: 'message', place: 'event',
    text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox container: failed to create containerd task: failed to start shim: exec: "containerd-shim": executable file not found in $PATH: unknown',
    expect: ['CreatePodSandboxError'], not: ['RunContainerError'],
  },
  {
    // messages.md §2.22 · kubernetes/kubernetes#122256 [REAL kubelet]
    name: 'an exec probe failing is not a container start (kubelet)',
    via: 'message', place: 'kubelet',
    text: String.raw`2023-11-13T03:50:55.202154+01:00 worker-pool4-j7f0skum-pccc-377-3 kubelet[22614]: E1113 03:50:55.199033 22614 remote_runtime.go:479] "ExecSync cmd from runtime service failed" err="rpc error: code = Unknown desc = failed to exec in container: failed to start exec \"9544e28db28ff21d4dd3b2b4810929da2ed685296bc1d96a1d26a295119258ce\": OCI runtime exec failed: exec f[…]`,
    expect: [], not: ['RunContainerError'],
  },
  // ---- KillContainerError ----
  {
    // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
    name: 'kubelet "error killing pod" (k3s)',
    via: 'message', place: 'kubelet',
    text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
    expect: ['KillContainerError'], not: ['KillPodSandboxError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
    name: 'kubelet unstructured pod_workers wrapper',
    via: 'message', place: 'kubelet',
    text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974254    1636 pod_workers.go:191] Error syncing pod 572a81cb-8924-4858-bf87-4b534117d377 ("lil-upload-87f9547cf-htvnl_europrod(572a81cb-8924-4858-bf87-4b534117d377)"), skipping: error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
    expect: ['KillContainerError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · Mossaka/containerd-wasm-shims#10 [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedKillPod with both KillContainer and KillPodSandbox',
    via: 'message', place: 'event',
    text: String.raw`error killing pod: [failed to "KillContainer" for "testwasm" with KillContainerError: "rpc error: code = InvalidArgument desc = failed to stop container \"37c1b531b6f245d7d7eb916f71c856d37a16da5f865126a7be401acd905c171a\": only SIGKILL is supported: invalid argument", failed to "KillPodSandbox" for "33546130-d84b-479c-b8c5-94d795dcae82" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = failed to stop container \"37c1b531b6f245d7d7eb916f71c856d37a16da5f865126a7be401acd905c171a\": an error occurs during waiting for container \"37c1b531b6f2[…]`,
    expect: ['KillContainerError', 'KillPodSandboxError'],
  },
  {
    // messages.md §0 · pkg/kubelet/events/event.go [SRC event reason]
    name: 'event reason FailedKillPod alone decides nothing (shared by both)',
    via: 'event', place: 'event',
    text: 'FailedKillPod',
    expect: [], not: ['KillContainerError', 'KillPodSandboxError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · kubernetes/kubernetes#52996 (docker, 2017) [REAL event] (the event's message: the describe row from its message on)
    name: 'event Killing (normal stop, docker era)',
    via: 'message', place: 'event',
    text: 'Killing container with id docker://4b67cf7037b36b6e13a48e0d03b8c16fdde606c80ce48a1701bfb5306c57250f:Need to kill Pod',
    expect: [], not: ['KillContainerError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · grafana/loki pkg/pattern/drain/drain_test.go (from a real journal) [REAL kubelet]
    name: 'kubelet "Killing container with a grace period" (normal stop)',
    via: 'message', place: 'kubelet',
    text: 'I0507 11:59:34.518822    3224 kuberuntime_container.go:745] "Killing container with a grace period" pod="hosted-grafana/hosted-grafana-api-7b6bd9b949-9csb4" podUID="25cb986c-3d6c-4ed0-abf3-ee59ed6175f9" containerName="hgapi" containerID="containerd://c91436db00920ec961b9d5d6b4859d80a912e862e34fb5c45d8a85684fe6a97e" gracePeriod=30',
    expect: [], not: ['KillContainerError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · containerd/containerd#6080 [REAL containerd]
    name: 'containerd skipping a second signal (normal stop)',
    via: 'message', place: 'containerd',
    text: String.raw`Nov 17 08:20:45 ip-10-xxxxx containerd[2734]: time="2025-11-17T08:20:45.824390820Z" level=info msg="Skipping the sending of signal terminated to container \"ad19ff3691b52ab92020f5df0011c487cf96b4052a081f3783a94a56c1021883\" because a prior stop with timeout>0 request already sent the signal"`,
    expect: [], not: ['KillContainerError'],
  },
  // ---- VerifyNonRootError ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/dockertools/docker_manager.go [SRC]
    name: 'waiting reason (dockertools only)',
    via: 'waiting', place: 'status',
    text: 'VerifyNonRootError',
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §2.16 · intel/CPU-Manager-for-Kubernetes#299 [REAL event] (the event's message: the describe row from its message on)
    name: 'event "Error: container has runAsNonRoot and image will run as root (pod: ...)"',
    via: 'message', place: 'event',
    text: 'Error: container has runAsNonRoot and image will run as root (pod: "cmk-cluster-init-pod_cmk-namespace(fa1d4889-e80e-4506-ab08-40e0c50305cf)", container: cmk-cluster-init-pod)',
    expect: ['VerifyNonRootError'], not: ['CreateContainerConfigError'],
  },
  {
    // messages.md §2.16 · kubernetes-sigs/external-dns#4003 (joined) [REAL status] (the event's message: the describe row from its message on)
    name: 'status message',
    via: 'message', place: 'status',
    text: `container has runAsNonRoot and image will run as root (pod: "external-dns-5bf5f97c4-bw7mg_kube-system(d7ec6cb8-d04d-4c40-b333-1b51c5b69219)", container: external-dns'`,
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §2.16 · giantswarm/helloworld#20 [REAL event] (the event's message: the describe row from its message on)
    name: 'event, older wording without the pod suffix',
    via: 'message', place: 'event',
    text: 'Error: container has runAsNonRoot and image will run as root',
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §2.16 · streamnative/charts#1089 [REAL event]
    name: 'event, non-numeric user',
    via: 'message', place: 'event',
    text: 'Error: container has runAsNonRoot and image has non-numeric user (appuser), cannot verify user is non-root (pod: "snp-sn-platform-toolset-0_snp(546086e2-2035-4e24-a41e-a6f71180a818)", container: kafka)',
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §2.16 · caicloud/event_exporter#56 (older wording) [REAL event]
    name: 'event, non-numeric user, older wording',
    via: 'message', place: 'event',
    text: 'Error: container has runAsNonRoot and image has non-numeric user (nobody), cannot verify user is non-root',
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §2.16 · kubernetes/kubernetes PR #47009 test (also emitted by security_context_others.go) [SRC kubelet]
    name: 'kubelet, runAsUser breaks non-root policy',
    via: 'message', place: 'kubelet',
    text: "container's runAsUser breaks non-root policy",
    expect: ['VerifyNonRootError'],
  },
  {
    // messages.md §1 CreateContainerConfigError · kruize/autotune#35 [REAL event] (the event's message: the describe row from its message on)
    name: 'a missing ConfigMap is not a non-root violation',
    via: 'message', place: 'event',
    text: 'Error: configmap "autotune-config-key" not found',
    expect: ['CreateContainerConfigError'], not: ['VerifyNonRootError'],
  },
  // ---- RunInitContainerError ----
  {
    // messages.md §0 · kuberuntime_manager.go (v1.6-1.11) [SRC]
    name: 'waiting reason (<= v1.11)',
    via: 'waiting', place: 'status',
    text: 'RunInitContainerError',
    expect: ['RunInitContainerError'],
  },
  {
    // messages.md §1 RunInitContainerError · fabric8io/gofabric8#315 (OpenShift 1.3 / k8s v1.3) [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedSync with both RunInitContainerError and CrashLoopBackOff (k8s 1.3)',
    via: 'message', place: 'event',
    text: String.raw`Error syncing pod, skipping: [failed to "InitContainer" for "init" with RunInitContainerError: "init container \"init\" exited with 1" , failed to "StartContainer" for "init" with CrashLoopBackOff: "Back-off 10s restarting failed container=init pod=gogs-5-8exat_fabric8(ad3620fb-c288-11e6-b27f-00248cfcb938)" ]`,
    expect: ['CrashLoopBackOff', 'RunInitContainerError'],
  },
  {
    // messages.md §1 RunInitContainerError · kubernetes/kubernetes kuberuntime_manager.go (v1.6-1.11) [SRC status] — the format filled in
    name: 'status "init container %q exited with %d" (format filled in)',
    via: 'message', place: 'status',
    text: 'init container "wait-for-db" exited with 1',
    expect: ['RunInitContainerError'],
  },
  {
    // messages.md §1 Init:CrashLoopBackOff / Init:Error · kelseyhightower/certificate-init-container#13 [REAL kubectl] — PodInitializing, the waiting reason the kubectl error names
    name: 'PodInitializing only waits',
    via: 'waiting', place: 'status',
    text: 'PodInitializing',
    expect: [], not: ['RunInitContainerError'],
  },
  {
    // messages.md §1 CrashLoopBackOff · k8sgpt-ai/k8sgpt#792 [REAL tool output]
    name: 'main container back-off is not an init failure',
    via: 'message', place: 'status',
    text: 'Error: back-off 5m0s restarting failed container=kube-mgmt pod=opa-849dcb7499-9chrt_opa(7f8061d3-3603-49d6-8e03-77cb4b1bbed4)',
    expect: ['CrashLoopBackOff'], not: ['RunInitContainerError'],
  },
  // ---- CreateContainerConfigError ----
  {
    // messages.md §0 · kubernetes/kubernetes kuberuntime_container.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'CreateContainerConfigError',
    expect: ['CreateContainerConfigError'],
  },
  {
    // messages.md §1 CreateContainerConfigError · kruize/autotune#35 [REAL event] (the event's message: the describe row from its message on)
    name: String.raw`event "Error: configmap \"x\" not found"`,
    via: 'message', place: 'event',
    text: 'Error: configmap "autotune-config-key" not found',
    expect: ['CreateContainerConfigError'], not: ['FailedMount'],
  },
  {
    // messages.md §1 CreateContainerConfigError · shieldworks/aegis#293 [REAL event] (the event's message: the describe row from its message on)
    name: `event "Error: couldn't find key K in Secret ns/x"`,
    via: 'message', place: 'event',
    text: "Error: couldn't find key VALUE in Secret default/aegis-secret-aegis-workload-demo",
    expect: ['CreateContainerConfigError'],
  },
  {
    // messages.md §1 CreateContainerConfigError · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
    name: 'kubelet structured wrapper',
    via: 'message', place: 'kubelet',
    text: String.raw`E0507 11:59:41.375710    4736 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"ruler\" with CreateContainerConfigError: \"secret \\\"ruler-alertmanager-token\\\" not found\"" pod="ge-metrics-federation/gem-mimir-ruler-5f56f7846b-fgxdm" podUID="07c06e21-137b-4fdd-b7d3-703f0a567720"`,
    expect: ['CreateContainerConfigError'],
  },
  {
    // messages.md §1 CreateContainerConfigError · grafana/loki pkg/pattern/drain/testdata/journald.txt (the spec dump is elided) [REAL kubelet]
    name: 'kubelet "start failed in pod ...: CreateContainerConfigError:"',
    via: 'message', place: 'kubelet',
    text: 'E0507 11:59:41.375655    4736 kuberuntime_manager.go:1256] container &Container{Name:ruler,Image:grafana/enterprise-metrics:v2.12.0,[…]} start failed in pod gem-mimir-ruler-5f56f7846b-fgxdm_ge-metrics-federation(07c06e21-137b-4fdd-b7d3-703f0a567720): CreateContainerConfigError: secret "ruler-alertmanager-token" not found',
    expect: ['CreateContainerConfigError'],
  },
  {
    // messages.md §1 FailedMount · projectcontour/contour#3548 [REAL event] (the event's message: the describe row from its message on)
    name: "a volume's missing Secret is FailedMount",
    via: 'message', place: 'event',
    text: 'MountVolume.SetUp failed for volume "contourcert" : secret "contourcert" not found',
    expect: ['FailedMount'], not: ['CreateContainerConfigError'],
  },
  {
    // messages.md §2.3 · grafana/loki pkg/pattern/drain/testdata/journald.txt (missing pull secret; a warning only) [REAL kubelet]
    name: 'a missing pull secret is a warning, not this',
    via: 'message', place: 'kubelet',
    text: String.raw`I0507 11:59:43.041723    4589 kubelet_pods.go:906] "Unable to retrieve pull secret, the image pull may not succeed." pod="grafana-apps/bigquery-datasource-grafana-app-fast-7c94f74fd6-9n6t7" secret="" err="secret \"dockerhub\" not found"`,
    expect: [], not: ['CreateContainerConfigError'],
  },
  // ---- CreateContainerError ----
  {
    // messages.md §1 CreateContainerError · kubernetes-sigs/cluster-api#9879 [REAL get] — the STATUS column's reason
    name: 'waiting reason (get)',
    via: 'waiting', place: 'status',
    text: 'CreateContainerError',
    expect: ['CreateContainerError'],
  },
  {
    // messages.md §1 CreateContainerError · containerd/containerd#9545 (v1.28) [REAL kubelet]
    name: 'kubelet "CreateContainer in sandbox from runtime service failed" (name reserved)',
    via: 'message', place: 'kubelet',
    text: String.raw`Dec 14 17:08:47 kiv-cp-v48fw kubelet[5021]: E1214 17:08:47.303868    5021 remote_runtime.go:319] "CreateContainer in sandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to reserve container name \"kube-apiserver_kube-apiserver-kiv-cp-v48fw_kube-system_37b2b42d18b011bd117353a3847450aa_1\": name \"kube-apiserver_kube-apiserver-kiv-cp-v48fw_kube-system_37b2b42d18b011bd117353a3847450aa_1\" is reserved for \"7c54f31e3fc8b87a115f11a214efe060c94e93ae822c9819a472bfb382c2839c\"" podSandboxID="f5de5d066682354fa0679cc95a39a5285657f0eb43237f26194426d8fad3636d"`,
    expect: ['CreateContainerError'], not: ['CreatePodSandboxError'],
  },
  {
    // messages.md §1 CreateContainerError · roddhjav/apparmor.d#187 (truncated by poster) [REAL event] (the event's message: the describe row from its message on)
    name: 'event "Error: failed to create containerd container"',
    via: 'message', place: 'event',
    text: 'Error: failed to create containerd container: get apparmor_[…]',
    expect: ['CreateContainerError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 [REAL kubelet]
    name: 'sandbox creation is not container creation',
    via: 'message', place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459421 1067481 kuberuntime_manager.go:1166] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'], not: ['CreateContainerError'],
  },
  // ---- CreatePodSandboxError ----
  {
    // messages.md §0 · pkg/kubelet/events/event.go [SRC event reason]
    name: 'event reason FailedCreatePodSandBox',
    via: 'event', place: 'event',
    text: 'FailedCreatePodSandBox',
    expect: ['CreatePodSandboxError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 (v1.28, containerd) [REAL kubelet]
    name: 'kubelet "RunPodSandbox from runtime service failed" (containerd, flannel)',
    via: 'message', place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459322 1067481 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory"`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'], not: ['CreateContainerError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 [REAL kubelet]
    name: 'kubelet "Failed to create sandbox for pod"',
    via: 'message', place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459398 1067481 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · rancher/rancher#14504 [REAL kubelet]
    name: 'kubelet "createPodSandbox for pod ... failed" (dockershim, host-local)',
    via: 'message', place: 'kubelet',
    text: 'E0711 15:11:17.994703   24727 kuberuntime_manager.go:646] createPodSandbox for pod "myzep-79945ccb7f-rz8ld_myzep(4ae2623a-8519-11e8-9f37-005056021169)" failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "myzep-79945ccb7f-rz8ld_myzep" network: failed to allocate for range 0: no IP addresses available in range set: 10.42.0.1-10.42.0.254',
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kops#16762 (ECR pause image) [REAL kubelet] — ErrImagePull is related on purpose: the pause image pull failing is what the registry causes explain
    name: 'kubelet, pause image pull fails (ECR)',
    via: 'message', place: 'kubelet',
    text: String.raw`Aug 20 05:41:26 i-0b9bd5da0497cb428 kubelet[3267]: E0820 05:41:26.086957    3267 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to get sandbox image \"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\": failed to pull image […]`,
    expect: ['CreatePodSandboxError', 'ErrImagePull'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · cilium/cilium#40345 (issue title) [REAL event]
    name: 'event, issue title "CreatePodSandboxError: Failed to create sandbox for pod"',
    via: 'message', place: 'event',
    text: 'CreatePodSandboxError: Failed to create sandbox for pod',
    expect: ['CreatePodSandboxError'],
  },
  {
    // messages.md §2.17 · projectcalico/calico#9215 (Calico v3.26, k8s 1.31) [REAL event] (the event's message: the describe row from its message on)
    name: 'event "Failed to create pod sandbox" (containerd, calico)',
    via: 'message', place: 'event',
    text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §2.17 · kubernetes-sigs/kubespray#4532 (dockershim; Calico reaching the API over the service IP) [REAL event] (the event's message: the describe row from its message on)
    name: 'event "Failed create pod sandbox" (dockershim, old wording)',
    via: 'message', place: 'event',
    text: 'Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "928c423a8d133278d55d63179fe3327c11330eb51f469b22e47b3c3e5432bbda" network for pod "pod1": NetworkPlugin cni failed to set up pod "pod1_default" network: Get https://[10.233.0.1]:443/api/v1/namespaces/default: dial tcp 10.233.0.1:443: i/o timeout',
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §2.17 · cilium/cilium#30820 (kind) [REAL containerd]
    name: 'containerd "RunPodSandbox for &PodSandboxMetadata{...} failed, error" (cilium)',
    via: 'message', place: 'containerd',
    text: String.raw`Feb 15 20:28:32 kind-worker containerd[3929]: time="2024-02-15T20:28:32.075190807Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,} failed, error" error="failed to setup network for sandbox \"1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2\": plugin type=\"cilium-cni\" failed (add): netplugin failed: \"ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\n\""`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §2.17 · cri-o/cri-o#7008 (CRI-O) [REAL event] (the event's message: the describe row from its message on)
    name: 'event, CRI-O network status check failed',
    via: 'message', place: 'event',
    text: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get network status for pod sandbox k8s_argocd-server-67b55cf99f-pg4tn_argo-cd_2b09c73b-ae84-4d96-8e9c-a49e64a83f0a_0(d283503be0626b67e15d3ec8939f8056c6b5a1f7431932826334ba1429407d17): error checking pod argo-cd_argocd-server-67b55cf99f-pg4tn for CNI network "crio": Interface veth53193e1d Mac doesn't match: 7e:10:77:0b:8b:d5 not found`,
    expect: ['CreatePodSandboxError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · projectcalico/calico#7647 [REAL kubelet]
    name: 'kubelet "No ready sandbox for pod can be found" (normal)',
    via: 'message', place: 'kubelet',
    text: 'May 12 11:18:37 k8s-master01 kubelet[39085]: I0512 11:18:37.276291   39085 util.go:48] "No ready sandbox for pod can be found. Need to start a new one" pod="kube-system/coredns-5db795bd57-z4257"',
    expect: [], not: ['CreatePodSandboxError'],
  },
  {
    // messages.md §2.17 · cri-o/cri-o#8250 [REAL crio]
    name: 'CRI-O adding a pod to the network (normal)',
    via: 'message', place: 'crio',
    text: String.raw`6月 04 00:28:47 10-202-91-13 crio[883769]: time="2024-06-04 00:28:47.525475235+08:00" level=info msg="Adding pod default_example-pod-2 to CNI network \"crio\" (type=bridge)"`,
    expect: [], not: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  // ---- ConfigPodSandboxError ----
  {
    // messages.md §0 · kubernetes/kubernetes pkg/kubelet/container/sync_result.go [SRC const]
    name: 'waiting reason',
    via: 'waiting', place: 'status',
    text: 'ConfigPodSandboxError',
    expect: ['ConfigPodSandboxError'],
  },
  {
    // messages.md §1 ConfigPodSandboxError · kubernetes/kubernetes kuberuntime_manager.go [SRC kubelet/status]
    name: 'kubelet sync_result wrapper (composed in §1)',
    via: 'message', place: 'kubelet',
    text: String.raw`failed to "ConfigPodSandbox" for "<sandboxID>" with ConfigPodSandboxError: "GeneratePodSandboxConfig for pod \"<ns/name>\" failed: <err>"`,
    expect: ['ConfigPodSandboxError'], not: ['CreatePodSandboxError'],
  },
  {
    // messages.md §0 · kuberuntime_manager.go SyncPod klog.ErrorS [SRC kubelet]
    name: 'kubelet klog "GeneratePodSandboxConfig for pod failed"',
    via: 'message', place: 'kubelet',
    text: 'GeneratePodSandboxConfig for pod failed',
    expect: ['ConfigPodSandboxError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 [REAL kubelet]
    name: 'CreatePodSandbox is not ConfigPodSandbox',
    via: 'message', place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459421 1067481 kuberuntime_manager.go:1166] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'], not: ['ConfigPodSandboxError'],
  },
  // ---- KillPodSandboxError ----
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7958 [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedKillPod (containerd, calico delete)',
    via: 'message', place: 'event',
    text: String.raw`error killing pod: failed to "KillPodSandbox" for "b54120c3-3c62-41ca-8647-c1041c0ab754" with KillPodSandboxError: "rpc error: code = Unknown desc = failed to destroy network for sandbox \"aabb5d29eb0361355cedf3fe6636842efb2a36e8f2ae84f2facec3f4618d2b02\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: Get \"https://10.233.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": Service Unavailable"`,
    expect: ['KillPodSandboxError', 'TeardownNetworkError'], not: ['KillContainerError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · cisco-open/martian-bank-demo#50 (dockershim) [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedKillPod (dockershim, calico teardown)',
    via: 'message', place: 'event',
    text: String.raw`error killing pod: failed to "KillPodSandbox" for "a33e88fb-a2a9-4dbb-9996-466ca7ca5bd9" with KillPodSandboxError: "rpc error: code = Unknown desc = networkPlugin cni failed to teardown pod \" nginx-5f47c5c8f4-hvctg_default\" network: error getting ClusterInformation: Get \"https://10.96.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": dial tcp 10.96.0.1:443: i/o timeout"`,
    expect: ['KillPodSandboxError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7647 [REAL kubelet]
    name: 'kubelet "Failed to stop sandbox before removing"',
    via: 'message', place: 'kubelet',
    text: 'May 12 11:18:48 k8s-master01 kubelet[39085]: E0512 11:18:48.475066   39085 kuberuntime_gc.go:177] "Failed to stop sandbox before removing" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" sandboxID="b25b1fe9f0eae615534102c4a2d370897be12abe05d26408e6baed4556c3d1f1"',
    expect: ['KillPodSandboxError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · bottlerocket-os/bottlerocket#359 [REAL kubelet]
    name: `kubelet 'StopPodSandbox "<id>" from runtime service failed' (AWS VPC CNI)`,
    via: 'message', place: 'kubelet',
    text: 'Oct 02 23:27:34 ip-10-0-60-95.us-west-2.compute.internal kubelet[2783]: E1002 23:27:34.439481    2783 remote_runtime.go:132] StopPodSandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60" from runtime service failed: rpc error: code = Unknown desc = failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request',
    expect: ['KillPodSandboxError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · bottlerocket-os/bottlerocket#359 (AWS VPC CNI) [REAL containerd]
    name: `containerd 'StopPodSandbox for "<id>" failed' (quotes as pasted)`,
    via: 'message', place: 'containerd',
    text: 'Oct 02 23:27:34 ip-10-0-60-95.us-west-2.compute.internal containerd[2639]: time="2019-10-02T23:27:34.439359450Z" level=error msg="StopPodSandbox for "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60" failed" error="failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request"',
    expect: ['KillPodSandboxError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#4084 [REAL containerd]
    name: 'containerd, escaped quotes (calico)',
    via: 'message', place: 'containerd',
    text: String.raw`level=error msg="StopPodSandbox for \"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\" failed" error="failed to destroy network for sandbox \"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\": WorkloadEndpoint.crd.projectcalico.org \"WorkloadEndpoint(default/node01-k8s-prometheus--1-eth0)\" not found"`,
    expect: ['KillPodSandboxError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
    name: 'KillContainer alone is not KillPodSandbox',
    via: 'message', place: 'kubelet',
    text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
    expect: ['KillContainerError'], not: ['KillPodSandboxError'],
  },
  // ---- SetupNetworkError ----
  {
    // taxonomy.yaml SetupNetworkError; messages.md §0 (old trees) [SRC const]
    name: 'waiting reason (<= v1.5)',
    via: 'waiting', place: 'status',
    text: 'SetupNetworkError',
    expect: ['SetupNetworkError'],
  },
  {
    // messages.md §1 SetupNetworkError · openshift/openshift-ansible#3805 (origin 1.5; quotes as pasted) [REAL event] (the event's message: the describe row from its message on)
    name: 'event FailedSync wrapper (openshift-sdn, 1.5)',
    via: 'message', place: 'event',
    text: 'Error syncing pod, skipping: failed to "SetupNetwork" for "router-3-deploy_default" with SetupNetworkError: "Failed to setup network for pod "router-3-deploy_default(799d976f-1502-11e7-b3c1-fa163e10ef43)" using network plugins "cni": failed to send CNI request: Post http://dummy/: dial unix /var/run/openshift-sdn/cni-server.sock: connect: no such file or directory; Skipping pod"',
    expect: ['SetupNetworkError'],
  },
  {
    // messages.md §2.18 · cri-o/cri-o#1523 (CRI-O 1.10) [REAL kubelet]
    name: 'kubelet, CRI-O "failed to create pod network sandbox"',
    via: 'message', place: 'kubelet',
    text: 'Apr 12 15:36:09 kata kubelet[29066]: E0412 15:36:09.501733   29066 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_kube-controller-manager-kata_kube-system_94ed0fa540fbf10c0225d82de5e61561_0(35e354e982ccd726a45da51ac613ff9c27e90e75cb97edc04d843788aa614d82): cni config uninitialized',
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §2.19 · kubernetes/test-infra#13039 (GKE containerd, host-local) [REAL event] (the event's message: the describe row from its message on)
    name: 'event, containerd before libcni plugin prefix (host-local, combined)',
    via: 'message', place: 'event',
    text: '(combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "42bf93c90d996c112f711d9bddbd40fbb03e0a5a8eeccee5f38a98c4a494ca90": failed to allocate for range 0: no IP addresses available in range set: 10.60.28.1-10.60.28.254',
    expect: ['CreatePodSandboxError', 'SetupNetworkError'],
  },
  {
    // messages.md §2.17 · projectcalico/calico#5712 (dockershim, k8s 1.22) [REAL event] (the event's message: the describe row from its message on) — the clean-up after the failed set-up also failed: both steps are named
    name: 'event, both set-up and clean-up failed (dockershim)',
    via: 'message', place: 'event',
    text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = [failed to set up sandbox container "3dcfdb21462e255a8f4059ca8540c8df05863bd6444cb22290133f894840845e" network for pod "pod-with-cm": networkPlugin cni failed to set up pod "pod-with-cm_default" network: error getting ClusterInformation: connection is unauthorized: Unauthorized, failed to clean up sandbox container "3dcfdb21462e255a8f4059ca8540c8df05863bd6444cb22290133f894840845e" network for pod "pod-with-cm": networkPlugin cni failed to teardown pod "pod-with-cm_default" network: error getting ClusterInformation: connection is unauthorized: Unauthorized]',
    expect: ['CreatePodSandboxError', 'SetupNetworkError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7958 [REAL event] (the event's message: the describe row from its message on)
    name: 'teardown is not set-up',
    via: 'message', place: 'event',
    text: String.raw`error killing pod: failed to "KillPodSandbox" for "b54120c3-3c62-41ca-8647-c1041c0ab754" with KillPodSandboxError: "rpc error: code = Unknown desc = failed to destroy network for sandbox \"aabb5d29eb0361355cedf3fe6636842efb2a36e8f2ae84f2facec3f4618d2b02\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: Get \"https://10.233.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": Service Unavailable"`,
    expect: ['KillPodSandboxError', 'TeardownNetworkError'], not: ['SetupNetworkError'],
  },
  // ---- TeardownNetworkError ----
  {
    // taxonomy.yaml TeardownNetworkError; messages.md §0 (old trees) [SRC const]
    name: 'waiting reason (<= v1.5)',
    via: 'waiting', place: 'status',
    text: 'TeardownNetworkError',
    expect: ['TeardownNetworkError'],
  },
  {
    // messages.md §1 TeardownNetworkError · openshift/origin#9121 (k8s v1.2) [REAL kubelet]
    name: 'kubelet "with TeardownNetworkError" (k8s 1.2, openshift-sdn)',
    via: 'message', place: 'kubelet',
    text: String.raw`jún 01 22:51:23 bla origin-node[1802]: E0601 22:51:23.990678    1802 kubelet.go:2248] Failed killing the pod "standalone-all-19-deploy": failed to "TeardownNetwork" for "standalone-all-19-deploy_platform" with TeardownNetworkError: "Failed to teardown network for pod \"8e008e66-283a-11e6-ad25-000c298cc5cd\" using network plugins \"redhat/openshift-ovs-subnet\": exit status 1"`,
    expect: ['TeardownNetworkError'], not: ['KillPodSandboxError'],
  },
  {
    // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 (CRI dockershim, after TeardownNetworkError was retired; truncated by poster) [REAL kubelet]
    name: 'kubelet StopPodSandbox, dockershim teardown',
    via: 'message', place: 'kubelet',
    text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: E0201 00:48:17.704122   26695 remote_runtime.go:119] StopPodSandbox "dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e" from runtime service failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to teardown pod "kube-dns-f69c6b55-txhx4_kube-system" network: netplugin fai[…]',
    expect: ['KillPodSandboxError', 'TeardownNetworkError'],
  },
  {
    // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 [REAL kubelet]
    name: 'kubelet "CNI failed to retrieve network namespace path" (warning, normal)',
    via: 'message', place: 'kubelet',
    text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: W0201 00:48:17.541940   26695 cni.go:302] CNI failed to retrieve network namespace path: cannot find network namespace for the terminated container "dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e"',
    expect: [], not: ['TeardownNetworkError'],
  },
  {
    // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 (v1.28, containerd) [REAL kubelet]
    name: 'set-up is not teardown',
    via: 'message', place: 'kubelet',
    text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459322 1067481 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory"`,
    expect: ['CreatePodSandboxError', 'SetupNetworkError'], not: ['TeardownNetworkError'],
  },
  // ---- OOMKilled ----
  {
    // messages.md §1 OOMKilled · IBM/cloud-operators#260 (CRI-O) [REAL status] — reason: OOMKilled
    name: 'terminated reason OOMKilled (CRI-O)',
    via: 'terminated', place: 'status',
    text: 'OOMKilled',
    expect: ['OOMKilled'],
  },
  {
    // messages.md §1 OOMKilled · kubernetes/kubernetes#3044 [REAL status] — "reason": "OOM Killed"
    name: 'terminated reason "OOM Killed" (2014 docker)',
    via: 'terminated', place: 'status',
    text: 'OOM Killed',
    expect: ['OOMKilled'],
  },
  {
    // messages.md §1 OOMKilled · kubernetes/kubernetes#122256 [REAL describe] — Reason: Error / Exit Code: 137
    name: 'terminated Error with exit 137 is not OOMKilled',
    via: 'terminated', place: 'status',
    text: 'Error',
    expect: [], not: ['OOMKilled'],
  },
  {
    // messages.md §1 CrashLoopBackOff · portainer/portainer#5314 [REAL describe] — Reason: Completed / Exit Code: 0
    name: 'terminated Completed',
    via: 'terminated', place: 'status',
    text: 'Completed',
    expect: [], not: ['OOMKilled', 'RunContainerError'],
  },
  // ---- Evicted ----
  {
    // messages.md §1 Evicted · gitpod-io/gitpod#935 [REAL status] — status.reason: Evicted
    name: 'pod reason Evicted',
    via: 'pod', place: 'status',
    text: 'Evicted',
    expect: ['Evicted'],
  },
  {
    // messages.md §1 Evicted · caoyingjunz/go-learning#55 [REAL event] — the reason column
    name: 'event reason Evicted',
    via: 'event', place: 'event',
    text: 'Evicted',
    expect: ['Evicted'],
  },
  {
    // messages.md §1 Evicted · openshift/release#76967 (joined) [REAL status]
    name: 'status, newer wording "Threshold quantity"',
    via: 'message', place: 'status',
    text: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87608Ki. Container dptp-controller-manager was using 48458972Ki, request is 15Gi, has larger consumption of memory.',
    expect: ['Evicted'], not: ['OOMKilled'],
  },
  {
    // messages.md §1 Evicted · kubernetes/kubernetes#112927 (older wording) [REAL describe]
    name: 'describe, older wording "which exceeds its request of 0"',
    via: 'message', place: 'describe',
    text: 'Message:        The node was low on resource: memory. Container citadel was using 43536Ki, which exceeds its request of 0.',
    expect: ['Evicted'],
  },
  {
    // messages.md §1 Evicted · caoyingjunz/go-learning#55 [REAL event] (the event's message: the describe row from its message on)
    name: 'event message, ephemeral-storage',
    via: 'message', place: 'event',
    text: 'The node was low on resource: ephemeral-storage. Container harbor-chart-rsync-client was using 76Ki, which exceeds its request of 0. Container chartmuseum was using 856Ki, which exceeds its request of 0.',
    expect: ['Evicted'],
  },
  {
    // messages.md §1 Evicted · gitpod-io/gitpod#935 [REAL status]
    name: 'status, admission rejection "The node had condition: [DiskPressure]."',
    via: 'message', place: 'status',
    text: 'Evicted: Pod The node had condition: [DiskPressure].',
    expect: ['Evicted'],
  },
  {
    // messages.md §2.11 · dandi/dandi-hub#89 [REAL event]
    name: 'event, bare ephemeral-storage line',
    via: 'message', place: 'event',
    text: '2023-12-15T19:23:47Z [Warning] The node was low on resource: ephemeral-storage.',
    expect: ['Evicted'],
  },
  {
    // messages.md §1 Evicted · openshift/release#76967 [REAL get] — the STATUS column after eviction
    name: 'terminated ContainerStatusUnknown after an eviction is not itself a reason',
    via: 'terminated', place: 'status',
    text: 'ContainerStatusUnknown',
    expect: [], not: ['Evicted'],
  },
  {
    // messages.md §2.11 · kubernetes/kubernetes#93711 [REAL describe (node)]
    name: 'a node taint is not an eviction',
    via: 'message', place: 'describe',
    text: 'Taints:             node.kubernetes.io/disk-pressure:NoSchedule',
    expect: [], not: ['Evicted'],
  },
  // ---- FailedMount ----
  {
    // messages.md §0 · pkg/kubelet/events/event.go [SRC event reason]
    name: 'event reason FailedMount',
    via: 'event', place: 'event',
    text: 'FailedMount',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · wunderio/csi-rclone#20 [REAL event] — the reason column FailedAttachVolume
    name: 'event reason FailedAttachVolume',
    via: 'event', place: 'event',
    text: 'FailedAttachVolume',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · projectcontour/contour#3548 [REAL event] (the event's message: the describe row from its message on)
    name: 'event "MountVolume.SetUp failed for volume"',
    via: 'message', place: 'event',
    text: 'MountVolume.SetUp failed for volume "contourcert" : secret "contourcert" not found',
    expect: ['FailedMount'], not: ['CreateContainerConfigError'],
  },
  {
    // messages.md §1 FailedMount · kubernetes/kubernetes#94117 [REAL event] (the event's message: the describe row from its message on)
    name: 'event "Unable to attach or mount volumes"',
    via: 'message', place: 'event',
    text: 'Unable to attach or mount volumes: unmounted volumes=[workdir], unattached volumes=[default-token-pwvpc podmetadata docker-sock workdir]: timed out waiting for the condition',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · grafana/loki pkg/pattern/drain/drain_test.go (1.28+ wording) [REAL kubelet]
    name: 'kubelet 1.28+ "unmounted volumes=[...]"',
    via: 'message', place: 'kubelet',
    text: 'E0507 11:59:31.928148    4734 pod_workers.go:1300] "Error syncing pod, skipping" err="unmounted volumes=[terraform-drift-detector-data], unattached volumes=[terraform-drift-detector-data], failed to process volumes=[]: context deadline exceeded" pod="terraform-drift-detector/terraform-drift-detector-d68b4c545-jg2vj" podUID="6c607496-ef26-454e-b2f2-4cb75b233fa3"',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · longhorn/longhorn#1835 (≤1.17 wording) [REAL event] (the event's message: the describe row from its message on)
    name: 'event <= 1.17 "Unable to mount volumes for pod"',
    via: 'message', place: 'event',
    text: 'Unable to mount volumes for pod "miop-mysql-app-0_miop-dev(ce6f2222-28ad-4da0-9f69-f7c44b042100)": timeout expired waiting for volumes to attach or mount for pod "miop-dev"/"miop-mysql-app-0". list of unmounted volumes=[miop-mysql-data]. list of unattached volumes=[miop-mysql-data miop-mysql-conf miop-compose-conf default-token-2lx6j]',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · kubernetes/kubernetes#25096 (2016) [REAL event] (the event's message: the describe row from its message on)
    name: 'event 2016 with a missing ConfigMap',
    via: 'message', place: 'event',
    text: 'Unable to mount volumes for pod "nginx-ingress-controller-1626740531-88561_default(d125e230-1151-11e6-a2d1-0adbaa6061ff)": configmaps "nginx-template" not found',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 FailedMount · wunderio/csi-rclone#20 [REAL event] (the event's message: the describe row from its message on)
    name: 'event "AttachVolume.Attach failed"',
    via: 'message', place: 'event',
    text: 'AttachVolume.Attach failed for volume "data-rclone-example" : attachdetachment timeout for volume data-id',
    expect: ['FailedMount'],
  },
  {
    // messages.md §1 CreateContainerConfigError · shieldworks/aegis#293 [REAL event] (the event's message: the describe row from its message on)
    name: 'an env ConfigMap is not a mount',
    via: 'message', place: 'event',
    text: "Error: couldn't find key VALUE in Secret default/aegis-secret-aegis-workload-demo",
    expect: ['CreateContainerConfigError'], not: ['FailedMount'],
  },
  // ---- FailedScheduling ----
  {
    // messages.md §1 FailedScheduling · public notes file (code index, find_string id 23138902447; repository not given) [REAL event] — the reason column
    name: 'event reason FailedScheduling',
    via: 'event', place: 'event',
    text: 'FailedScheduling',
    expect: ['FailedScheduling'],
  },
  {
    // messages.md §1 FailedScheduling · harvester/harvester#3136 [REAL event (issue title)]
    name: 'event "0/1 nodes are available: 1 Insufficient memory"',
    via: 'message', place: 'event',
    text: '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    expect: ['FailedScheduling'],
  },
  {
    // messages.md §1 FailedScheduling · public notes file (code index, find_string id 23138902447; repository not given) [REAL event] (the event's message: the describe row from its message on)
    name: 'event, taints and PV node affinity',
    via: 'message', place: 'event',
    text: "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match PersistentVolume's node affinity. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    expect: ['FailedScheduling'],
  },
  {
    // messages.md §1 FailedScheduling · argoproj/argo-workflows#190 (2017 wording) [REAL event] (the event's message: the describe row from its message on)
    name: 'event, 2017 wording "No nodes are available that match"',
    via: 'message', place: 'event',
    text: 'No nodes are available that match all of the following predicates:: Insufficient cpu (9), Insufficient memory (15), MatchNodeSelector (18).',
    expect: ['FailedScheduling'],
  },
  {
    // messages.md §1 FailedScheduling · kubernetes/kubernetes#52166 [REAL status] (the event's message: the describe row from its message on)
    name: 'status, 2017 wording',
    via: 'message', place: 'status',
    text: "No nodes are available that match all of the following predicates:: NodeUnderMemoryPressure (1).'",
    expect: ['FailedScheduling'], not: ['Evicted'],
  },
  {
    // healthy: the default-scheduler's Scheduled event (not in messages.md; as in test/detect/pod-findings.test.ts)
    name: 'a pod that was scheduled (normal)',
    via: 'message', place: 'event',
    text: 'Successfully assigned shop/gone to node-1',
    expect: [], not: ['FailedScheduling'],
  },
];
