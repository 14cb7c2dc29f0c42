/**
 * Cause cases: a finding's reasons, its texts (each where it appears) and terminated states, and the
 * cause classifyCause must pick (run by test/knowledge/causes.test.ts); `not` lists the causes that must
 * be neither picked nor offered as an alternative. Grouped by cause, the wordings of dockershim,
 * containerd and CRI-O side by side. Texts are copied from shared/reference/messages.md, section and
 * source in the comment above each; a text that is not from there says so.
 */
import type { CauseCase } from './types.js';

export const causeCases: CauseCase[] = [
  // ---- image.not-found ----
  {
    name: 'containerd: digest of an existing tag missing ("content at ... not found")',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.1 · cloudnative-pg/cloudnative-pg#2265 (containerd; the tag exists but the digest is missing) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "ghcr.io/cloudnative-pg/cloudnative-pg:1.20.1": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/cloudnative-pg/cloudnative-pg:1.20.1": failed to copy: httpReadSeeker: failed open: content at https://ghcr.io/v2/cloudnative-pg/cloudnative-pg/manifests/sha256:827429f73ca03211c631aba2c1b0c417a0e57b7b4dbf3c54689c8a9eee5558e9 not found: not found' },
    ],
    expect: 'image.not-found', not: ['registry.auth', 'registry.server-error'],
  },
  {
    name: 'containerd: "failed to resolve reference ...: not found"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.1 · sympozium-ai/sympozium#5 (containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": failed to resolve reference "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": ghcr.io/alexsjones/sympozium/apiserver:v0.0.29: not found' },
    ],
    expect: 'image.not-found', not: ['registry.auth', 'registry.dns'],
  },
  {
    name: 'kubelet structured (containerd, templated)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.1 · grafana/loki pkg/pattern/drain/drain_test.go (templated) [REAL kubelet]
      { place: 'kubelet', text: String.raw`E0507 <_>    <_> remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \"<_>\": failed to resolve reference \"<_>\": <_> not found" image="<_>"` },
    ],
    expect: 'image.not-found',
  },
  {
    name: 'CRI-O "Error reading manifest ... manifest unknown"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.1 · cri-o/cri-o#4388 (CRI-O 1.18) [REAL crictl]
      { place: 'crio', text: 'FATA[0000] pulling image failed: rpc error: code = Unknown desc = Error reading manifest latest in registry.mydomain/image: manifest unknown: manifest unknown' },
    ],
    expect: 'image.not-found', not: ['registry.auth'],
  },
  {
    name: 'a successful pull is no registry cause',
    reasons: ['ErrImagePull'],
    texts: [
      // healthy: the kubelet's Pulled event (pkg/kubelet/images/image_manager.go; not in messages.md)
      { place: 'event', eventReason: 'Pulled', text: 'Successfully pulled image "nginx:1.27" in 1.2s (1.2s including waiting)' },
    ],
    expect: 'unknown', not: ['image.not-found', 'registry.auth', 'registry.rate-limit', 'registry.dns', 'registry.unreachable', 'registry.tls', 'registry.server-error', 'image.corrupt'],
  },
  {
    name: 'the back-off alone does not say why',
    reasons: ['ImagePullBackOff'],
    texts: [
      // messages.md §1 ErrImagePull / ImagePullBackOff · democratic-csi/democratic-csi#90 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'BackOff', text: 'Back-off pulling image "democraticcsi/democratic-csi:latest"' },
    ],
    expect: 'unknown', not: ['image.not-found', 'registry.auth'],
  },
  {
    name: 'a rate limit is not a missing image',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.4 · ceph/ceph-csi#2029 (dockershim) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "docker.io/library/busybox:1.29": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit' },
    ],
    expect: 'registry.rate-limit', not: ['image.not-found'],
  },
  // ---- image.reference-invalid ----
  {
    name: 'status "InvalidImageName: ... repository name must be lowercase"',
    reasons: ['InvalidImageName'],
    texts: [
      // messages.md §1 InvalidImageName · galaxyproject/galaxy#9733 [REAL status]
      { place: 'status', text: `InvalidImageName: Failed to apply default image tag "quay.io/biocontainers/Mimodd:0.1.9--py36_0": couldn't parse image reference "quay.io/biocontainers/MiModD:0.1.9--py36_0": invalid reference format: repository name must be lowercase` },
    ],
    expect: 'image.reference-invalid',
  },
  {
    name: `event "couldn't parse image reference"`,
    reasons: ['InvalidImageName'],
    texts: [
      // messages.md §1 InvalidImageName · SwissDataScienceCenter/renku#281 [REAL event]
      { place: 'event', eventReason: 'Failed', text: `Failed to apply default image tag "registry.internal.renku.ch/GaRaLi/renku-challenge:e75f5d6": couldn't parse image reference "registry.internal.renku.ch/GaRaLi/renku-challenge:e75f5d6": invalid reference format: repository name must be lowercase` },
    ],
    expect: 'image.reference-invalid',
  },
  {
    name: 'docker "is not a valid repository/tag"',
    reasons: ['InvalidImageName'],
    texts: [
      // messages.md §1 InvalidImageName · bazelbuild/rules_docker#1648 [REAL runtime]
      { place: 'event', text: 'Error parsing reference: "bazel/MyImage:tag" is not a valid repository/tag: invalid reference format: repository name must be lowercase' },
    ],
    expect: 'image.reference-invalid',
  },
  {
    name: '"invalid reference format" while inspecting a pause image: the taxonomy does not let this cause explain ImageInspectError',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §1 ImageInspectError · kubernetes/kubernetes#72295 (dockershim, malformed pause image ref) [REAL kubelet]
      { place: 'kubelet', text: String.raw`Dec 22 15:12:46 node-01 kubelet[2002]: E1222 15:12:46.909965    2002 remote_image.go:87] ImageStatus "registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0\"" from image service failed: rpc error: code = Unknown desc = Error response from daemon: no such image: registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0": invalid reference format` },
    ],
    expect: 'unknown', not: ['image.reference-invalid'],
  },
  {
    // reasons widened so the rule could match if it were loose
    name: 'a missing tag is not a malformed reference',
    reasons: ['ErrImagePull', 'InvalidImageName'],
    texts: [
      // messages.md §2.1 · sympozium-ai/sympozium#5 (containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": failed to resolve reference "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": ghcr.io/alexsjones/sympozium/apiserver:v0.0.29: not found' },
    ],
    expect: 'image.not-found', not: ['image.reference-invalid'],
  },
  // ---- image.never-pull-absent ----
  {
    name: 'event ErrImageNeverPull',
    reasons: ['ErrImageNeverPull'],
    texts: [
      // messages.md §1 ErrImageNeverPull · stellar/anchor-platform#1467 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'ErrImageNeverPull', text: 'Container image "docker-registry.services.stellar-ops.com/dev/anchor-platform:e6ca4be8" is not present with pull policy of Never' },
    ],
    expect: 'image.never-pull-absent',
  },
  {
    name: 'status relayed by skaffold',
    reasons: ['ErrImageNeverPull'],
    texts: [
      // messages.md §1 ErrImageNeverPull · GoogleContainerTools/skaffold#9687 [REAL status (as relayed by skaffold)]
      { place: 'status', text: 'ErrImageNeverPull: Container image "quay.io/jetstack/cert-manager-controller:v1.16.3" is not present with pull policy of Never' },
    ],
    expect: 'image.never-pull-absent',
  },
  {
    name: 'kubelet structured wrapper',
    reasons: ['ErrImageNeverPull'],
    texts: [
      // messages.md §1 ErrImageNeverPull · grafana/loki pkg/pattern/drain/drain_test.go (pattern mined from a real journal; <_> is the tokenizer's placeholder) [REAL kubelet]
      { place: 'kubelet', text: String.raw`E0507 <_>    <_> pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"pdc\" with ErrImageNeverPull: \"Container image \\\"us.gcr.io/hosted-grafana/pdc:0.1.415\\\" is not present with pull policy of Never\"" pod="<_>" podUID="<_>"` },
    ],
    expect: 'image.never-pull-absent',
  },
  {
    name: 'a pull that was tried is not never-pull',
    reasons: ['ErrImagePull', 'ErrImageNeverPull'],
    texts: [
      // messages.md §2.1 · sympozium-ai/sympozium#5 (containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": failed to resolve reference "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": ghcr.io/alexsjones/sympozium/apiserver:v0.0.29: not found' },
    ],
    expect: 'image.not-found', not: ['image.never-pull-absent'],
  },
  // ---- image.corrupt ----
  {
    name: 'containerd "unexpected commit digest" (event)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.10 · xunholy/k8s-gitops#373 (containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "codercom/code-server:3.9.0": rpc error: code = FailedPrecondition desc = failed to pull and unpack image "docker.io/codercom/code-server:3.9.0": failed commit on ref "layer-sha256:1860da6d8902305631883be7a65a6a60d5f24be9048bf82c8c454ac2748d3950": unexpected commit digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, expected sha256:1860da6d8902305631883be7a65a6a60d5f24be9048bf82c8c454ac2748d3950: failed precondition' },
    ],
    expect: 'image.corrupt', not: ['node.disk-full', 'image.not-found'],
  },
  {
    name: 'containerd 1.2.7 crictl',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.10 · containerd/containerd#1893 (containerd 1.2.7) [REAL crictl]
      { place: 'containerd', text: 'FATA[0007] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "xxxxxx": failed commit on ref "layer-sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b": unexpected commit digest sha256:a8f2c3f33adf8b40a3f21558f2a7e48fa1fefa482729e4e9f8db1dbb5f654e9a, expected sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b: failed precondition' },
    ],
    expect: 'image.corrupt',
  },
  {
    name: 'docker "Untar re-exec error ... unexpected EOF" (2015)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.10 · moby/moby#17535 (2015) [REAL docker]
      { place: 'event', text: 'Error pulling image (latest) from docker.io/library/python, Untar re-exec error: exit status 1: output: unexpected EOF' },
    ],
    expect: 'image.corrupt',
  },
  {
    name: 'docker "error pulling image configuration: unexpected EOF"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.10 · docker-archive-public/docker.kitematic#5344 [REAL docker]
      { place: 'event', text: 'error pulling image configuration: unexpected EOF' },
    ],
    expect: 'image.corrupt',
  },
  {
    name: 'InspectFailed, docker overlay2 readlink',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §1 ImageInspectError · kubeflow/testing#413 (docker) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'InspectFailed', text: 'Failed to inspect image "gcr.io/kubeflow-ci/test-worker:latest": rpc error: code = Unknown desc = Error response from daemon: readlink /var/lib/docker/overlay2: invalid argument' },
    ],
    expect: 'image.corrupt', not: ['runtime.down'],
  },
  {
    name: 'InspectFailed, cri-dockerd nil pointer (low confidence)',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §1 ImageInspectError · k3s-io/k3s#12540 (k3s v1.32, --docker/cri-dockerd) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'InspectFailed', text: 'Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image' },
    ],
    expect: 'image.corrupt',
  },
  {
    name: 'a full disk while extracting a layer is the disk (image.corrupt only an alternative)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · rancher/k3os#55 [REAL containerd]
      { place: 'containerd', text: 'time="2019-04-27T16:58:24.800670127Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown" key="extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda"' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'a missing image is not a corrupt one',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.1 · sympozium-ai/sympozium#5 (containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": failed to resolve reference "ghcr.io/alexsjones/sympozium/apiserver:v0.0.29": ghcr.io/alexsjones/sympozium/apiserver:v0.0.29: not found' },
    ],
    expect: 'image.not-found', not: ['image.corrupt'],
  },
  // ---- image.platform-mismatch ----
  {
    name: 'container log "exec /bin/sh: exec format error"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.14 · nigelpoulton/TheK8sBook#46 [REAL container-log]
      { place: 'container-log', text: 'exec /bin/sh: exec format error' },
    ],
    expect: 'image.platform-mismatch', not: ['container.command-not-found'],
  },
  {
    name: 'container log, older runc wording',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.14 · stefanprodan/podinfo#21 (older runc) [REAL container-log]
      { place: 'container-log', text: 'standard_init_linux.go:211: exec user process caused "exec format error"' },
    ],
    expect: 'image.platform-mismatch',
  },
  {
    name: 'an executable not found is not a platform mismatch',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §2.14 · moby/moby#37713 (docker-era runc wording) [REAL docker]
      { place: 'event', text: String.raw`OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \"/registry\": executable file not found in $PATH": unknown.` },
    ],
    expect: 'container.command-not-found', not: ['image.platform-mismatch'],
  },
  // ---- registry.auth ----
  {
    name: 'containerd, insufficient_scope (doubled spaces as pasted)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · argoproj-labs/argo-kube-notifier#22 (containerd; doubled spaces as pasted) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "sarabala1979/argocd-kube-notifier:latest": rpc error: code = Unknown desc = failed  to pull and unpack image "docker.io/sarabala1979/argocd-kube-notifier:latest": failed to resolve reference "docker.io/sarabala1979/argocd-kube-notifier:latest": pull  access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed ' },
    ],
    expect: 'registry.auth', not: ['registry.server-error'],
  },
  {
    name: 'docker "pull access denied ... requested access to the resource is denied"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · kubernetes/minikube#20613 [REAL event]
      { place: 'event', eventReason: 'Failed', text: `Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` },
    ],
    expect: 'registry.auth', not: ['registry.server-error', 'registry.unreachable'],
  },
  {
    name: 'containerd-in-kubelet "authorization failed: no basic auth credentials" (ECR)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · kubernetes/kops#16762 (ECR, containerd; truncated by poster) [REAL containerd-in-kubelet]
      { place: 'kubelet', text: String.raw`[…] pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials\"" pod="kube-system/etcd-manager-main-i-0b9bd5da0497cb428" podUID="e6690dd45219e272fbb9992ff07f37b9"` },
    ],
    expect: 'registry.auth',
  },
  {
    name: 'docker "no basic auth credentials" (ECR, kubelet 1.15)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · aws/amazon-vpc-cni-k8s#708 (v1.15) [REAL kubelet]
      { place: 'kubelet', text: '15542 kuberuntime_image.go:51] Pull image "602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/amazon-k8s-cni:v1.5.3" failed: rpc error: code = Unknown desc = Error response from daemon: Get https://602401143452.dkr.ecr.ap-southeast-1.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.5.3: no basic auth credentials' },
    ],
    expect: 'registry.auth',
  },
  {
    name: '"API error (500)" wrapping missing credentials (k8s 1.2)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · coreos/coreos-kubernetes#461 (v1.2) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedSync', text: String.raw`Error syncing pod, skipping: failed to "StartContainer" for "zre" with ErrImagePull: "API error (500): Get https://<account number>.dkr.ecr.eu-west-1.amazonaws.com/v2/zre/manifests/latest: no basic auth credentials\n"` },
    ],
    expect: 'registry.auth',
  },
  {
    name: 'containerd 2.x "failed to fetch oauth token ... 401 UNAUTHORIZED"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · juju/juju#22050 (containerd 2.x wording, k8s v1.35) [REAL ctr]
      { place: 'containerd', text: 'ctr: rpc error: code = Unknown desc = failed to resolve image: failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://api.charmhub.io/v1/tokens/docker-registry?scope=repository%3Acharm%2Fb370bfzj7fqgsh1qaywdz04w5n6z835nu8kzg%2Fdashboard-image%3Apull&service=https%3A%2F%2Fregistry.jujucharms.com%2F: 401 UNAUTHORIZED' },
    ],
    expect: 'registry.auth', not: ['registry.server-error'],
  },
  {
    name: 'kubelet structured "403 Forbidden"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · grafana/loki pkg/pattern/drain/drain_test.go (templated) [REAL kubelet]
      { place: 'kubelet', text: String.raw`E0507 <_>    <_> remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \"<_>\": failed to resolve reference \"<_>\": unexpected status from HEAD request to <_> 403 Forbidden" image="<_>"` },
    ],
    expect: 'registry.auth', not: ['registry.server-error'],
  },
  {
    name: 'kubelet "Unable to retrieve pull secret" (a warning: low confidence)',
    reasons: ['ImagePullBackOff'],
    texts: [
      // messages.md §2.3 · grafana/loki pkg/pattern/drain/testdata/journald.txt (missing pull secret; a warning only) [REAL kubelet]
      { place: 'kubelet', text: String.raw`I0507 11:59:43.041723    4589 kubelet_pods.go:906] "Unable to retrieve pull secret, the image pull may not succeed." pod="grafana-apps/bigquery-datasource-grafana-app-fast-7c94f74fd6-9n6t7" secret="" err="secret \"dockerhub\" not found"` },
    ],
    expect: 'registry.auth',
  },
  {
    name: 'TLS failure is not auth',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · cnoe-io/idpbuilder#520 (kind / containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "registry.k8s.io/coredns/coredns:v1.11.1": failed to pull and unpack image "registry.k8s.io/coredns/coredns:v1.11.1": failed to resolve reference "registry.k8s.io/coredns/coredns:v1.11.1": failed to do request: Head "https://registry.k8s.io/v2/coredns/coredns/manifests/v1.11.1": tls: failed to verify certificate: x509: certificate signed by unknown authority' },
    ],
    expect: 'registry.tls', not: ['registry.auth'],
  },
  // ---- registry.rate-limit ----
  {
    name: 'containerd "429 Too Many Requests - Server message: toomanyrequests"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.4 · namespacelabs/foundation#846 (containerd, truncated by poster) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "index.docker.io/jaegertracing/all-in-one@sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/jaegertracing/all-in-one@sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/jaegertracing/all-in-one/manifests/sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upg[…]' },
    ],
    expect: 'registry.rate-limit', not: ['registry.server-error', 'image.not-found'],
  },
  {
    name: 'dockershim "toomanyrequests"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.4 · ceph/ceph-csi#2029 (dockershim) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "docker.io/library/busybox:1.29": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit' },
    ],
    expect: 'registry.rate-limit',
  },
  {
    name: 'GCR 2015 "Status 429 trying to pull repository"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.4 · kubernetes/kubernetes#9534 (2015, GCR 429; HTML body elided) [REAL kubelet]
      { place: 'kubelet', text: 'W1127 10:42:16.169000    3395 manager.go:1897] Failed to pull image "gcr.io/google_containers/kube-ui:v2" from pod "kube-ui-v2-ojp6m_kube-system" and container "kube-ui": Error: Status 429 trying to pull repository google_containers/kube-ui: "<!DOCTYPE html>[…]' },
    ],
    expect: 'registry.rate-limit',
  },
  {
    name: 'a 503 is not a rate limit',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.8 · conbench/conbench#1420 [REAL buildkit/containerd]
      { place: 'containerd', text: '#3 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:815978d23592beccc59d199e1f6278c5873013fd47909a7b1055e5026a9707f6: 503 Service Unavailable' },
    ],
    expect: 'registry.server-error', not: ['registry.rate-limit'],
  },
  // ---- registry.dns ----
  {
    name: 'containerd "dial tcp: lookup <host>: no such host" (k3s)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · k3s-io/k3s#10613 (containerd; GitHub autolinks removed) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "private-registry.com:5000/crdb:v24.1.2": failed to pull and unpack image "private-registry.com:5000/crdb:v24.1.2": failed to resolve reference "private-registry.com:5000/crdb:v24.1.2": failed to do request: Head "https://private-registry.com:5000/v2/crdb/manifests/v24.1.2": dial tcp: lookup private-registry.com: no such host' },
    ],
    expect: 'registry.dns', not: ['registry.unreachable'],
  },
  {
    name: 'containerd "lookup ghcr.io: Try again"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · containerd/containerd#10709 (k3s containerd v1.7.20) [REAL ctr/crictl]
      { place: 'containerd', text: 'failed to resolve reference "ghcr.io/open-webui/open-webui:main": failed to do request: Head "https://ghcr.io/v2/open-webui/open-webui/manifests/main": dial tcp: lookup ghcr.io: Try again' },
    ],
    expect: 'registry.dns', not: ['registry.unreachable'],
  },
  {
    name: 'docker "lookup <host> on <dns>:53: no such host"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · kubernetes/minikube#6354 (docker) [REAL kubelet]
      { place: 'kubelet', text: 'Jan 20 15:21:09 minikube kubelet[4443]: E0120 15:21:09.169086    4443 kuberuntime_manager.go:803] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://my-registry.foo.bar/v2/: dial tcp: lookup my-registry.foo.bar on 192.168.64.1:53: no such host' },
    ],
    expect: 'registry.dns',
  },
  {
    name: 'docker, DNS server times out (a lookup timeout is DNS; unreachable only an alternative)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · kubernetes/minikube#4213 (docker) [REAL kubelet]
      { place: 'kubelet', text: 'May 06 15:43:39 permanent kubelet[3221]: E0506 15:43:39.785898    3221 remote_image.go:113] PullImage "memcached:1.4.36-alpine" from image service failed: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: read udp 10.0.2.15:39674->10.0.2.3:53: i/o timeout' },
    ],
    expect: 'registry.dns',
  },
  {
    name: 'docker, DNS server refuses',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §1 ErrImagePull / ImagePullBackOff · kubernetes/minikube#6748 (dockershim) [REAL kubelet]
      { place: 'kubelet', text: 'Feb 22 09:44:20 minikube kubelet[3889]: E0222 09:44:20.447117    3889 kuberuntime_manager.go:803] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.64.1:53: read udp 192.168.64.6:43004->192.168.64.1:53: read: connection refused' },
    ],
    expect: 'registry.dns', not: ['registry.unreachable', 'registry.server-error'],
  },
  {
    name: '2016 docker "Temporary failure in name resolution"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · kubernetes/kubernetes#6888 (2016 docker; multi-line as printed) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "gcr.io/google_containers/spark:1.5.2_v1": image pull failed for gcr.io/google_containers/spark:1.5.2_v1, this may be because there are no credentials on this request.  details: (API error (500): unable to ping registry endpoint https://gcr.io/v0/ v2 ping attempt failed with error: Get https://gcr.io/v2/: dial tcp: lookup gcr.io: Temporary failure in name resolution […]' },
    ],
    expect: 'registry.dns',
  },
  {
    name: 'a TCP timeout to a resolved address is not DNS',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · ciiiii/cloudflare-docker-proxy#85 (containerd; gRPC code DeadlineExceeded) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "registry.k8s.io/ingress-nginx/controller:v1.11.2": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to resolve reference "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to do request: Head "https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/ingress-nginx/controller/manifests/v1.11.2": dial tcp 74.125.203.82:443: i/o timeout' },
    ],
    expect: 'registry.unreachable', not: ['registry.dns'],
  },
  // ---- registry.unreachable ----
  {
    name: 'containerd "dial tcp <ip>:443: i/o timeout" (DeadlineExceeded)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · ciiiii/cloudflare-docker-proxy#85 (containerd; gRPC code DeadlineExceeded) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "registry.k8s.io/ingress-nginx/controller:v1.11.2": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to resolve reference "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to do request: Head "https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/ingress-nginx/controller/manifests/v1.11.2": dial tcp 74.125.203.82:443: i/o timeout' },
    ],
    expect: 'registry.unreachable', not: ['registry.dns', 'runtime.unresponsive'],
  },
  {
    name: 'containerd 1.2 status JSON "no available registry endpoint ... i/o timeout"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · conjure-up/conjure-up#1616 (containerd 1.2 era) [REAL status (JSON)]
      { place: 'status', text: String.raw`"message": "Failed to pull image \"image-registry.canonical.com:5000/cdk/coredns/coredns:1.4.0\": rpc error: code = Unknown desc = failed to resolve image \"image-registry.canonical.com:5000/cdk/coredns/coredns:1.4.0\": no available registry endpoint: failed to do request: Head https://image-registry.canonical.com:5000/v2/cdk/coredns/coredns/manifests/1.4.0: dial tcp 162.213.33.199:5000: i/o timeout",` },
    ],
    expect: 'registry.unreachable',
  },
  {
    name: 'docker "dial tcp <ip>:5005: i/o timeout"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · kubernetes/kubernetes#56493 (docker) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "testgitlab.lendingkart.com:5005/mihir-lkart/actuator-sample": rpc error: code = Unknown desc = Error response from daemon: Get https://testgitlab.lendingkart.com:5005/v1/_ping: dial tcp 172.31.17.179:5005: i/o timeout' },
    ],
    expect: 'registry.unreachable',
  },
  {
    name: 'CRI-O "pinging docker registry ... i/o timeout"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · cri-o/cri-o#2723 (stack trace elided) [REAL crio]
      { place: 'crio', text: String.raw`Aug 14 18:43:26  crio[18468]: time="2019-08-14 18:43:26.456288654Z" level=debug msg="response error: Get http://registry-1.docker.io/v2/: dial tcp 34.199.40.84:80: i/o timeout\npinging docker registry returned[…]` },
    ],
    expect: 'registry.unreachable',
  },
  {
    name: '2015 "connection reset by peer"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.6 · openshift/origin#3859 (2015) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "172.30.13.89:5000/test/origin-ruby-sample@sha256:d7e1ed4818f45fc14a6ea98c622fddd81e2ab36caad8c94850952d8d150a2952": API error (500): v1 ping attempt failed with error: Get http://172.30.13.89:5000/v1/_ping: read tcp 172.30.13.89:5000: connection reset by peer' },
    ],
    expect: 'registry.unreachable',
  },
  {
    // registry.unreachable caught the probe output's "dial tcp <ip>: connect: connection refused" before: fixed with an unless in registry.unreachable.yaml
    name: 'a readiness probe refused by the app is not the registry (kubelet prober line)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.13 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
      { place: 'kubelet', text: String.raw`I0507 11:59:41.619645    6247 prober.go:107] "Probe failed" probeType="Readiness" pod="grafana-agent/grafana-agent-helm-4" podUID="c36c5200-1cd6-4093-893c-c022f91af996" containerName="grafana-agent" probeResult="failure" output="Get \"http://10.0.99.125:3090/-/ready\": dial tcp 10.0.99.125:3090: connect: connection refused"` },
    ],
    expect: 'unknown', not: ['registry.unreachable', 'registry.dns'],
  },
  {
    name: 'a name that does not resolve is DNS, not unreachable',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.5 · k3s-io/k3s#10613 (containerd; GitHub autolinks removed) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "private-registry.com:5000/crdb:v24.1.2": failed to pull and unpack image "private-registry.com:5000/crdb:v24.1.2": failed to resolve reference "private-registry.com:5000/crdb:v24.1.2": failed to do request: Head "https://private-registry.com:5000/v2/crdb/manifests/v24.1.2": dial tcp: lookup private-registry.com: no such host' },
    ],
    expect: 'registry.dns', not: ['registry.unreachable'],
  },
  // ---- registry.tls ----
  {
    name: 'containerd "tls: failed to verify certificate: x509: ... unknown authority"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · cnoe-io/idpbuilder#520 (kind / containerd) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "registry.k8s.io/coredns/coredns:v1.11.1": failed to pull and unpack image "registry.k8s.io/coredns/coredns:v1.11.1": failed to resolve reference "registry.k8s.io/coredns/coredns:v1.11.1": failed to do request: Head "https://registry.k8s.io/v2/coredns/coredns/manifests/v1.11.1": tls: failed to verify certificate: x509: certificate signed by unknown authority' },
    ],
    expect: 'registry.tls', not: ['registry.auth', 'registry.unreachable'],
  },
  {
    name: '"x509: certificate signed by unknown authority" (pulling the config)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · kubernetes/minikube#14907 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "nginx:alpine": rpc error: code = Unknown desc = error pulling image configuration: download failed after attempts=6: x509: certificate signed by unknown authority' },
    ],
    expect: 'registry.tls',
  },
  {
    name: 'docker x509 unknown authority',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · kubernetes/minikube#12944 [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "selenium/hub": rpc error: code = Unknown desc = Error response from daemon: Get "https://registry-1.docker.io/v2/": x509: certificate signed by unknown authority' },
    ],
    expect: 'registry.tls',
  },
  {
    name: 'docker "x509: certificate has expired or is not yet valid"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · Kong/charts#257 (joined) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "kong-docker-kubernetes-ingress-controller.bintray.io/kong-ingress-controller:0.9.0": rpc error: code = Unknown desc = Error response from daemon: Get https://kong-docker-kubernetes-ingress-controller.bintray.io/v2/: x509: certificate has expired or is not yet valid' },
    ],
    expect: 'registry.tls',
  },
  {
    name: 'buildkit/containerd expired certificate',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.7 · DaoCloud/public-image-mirror#31950 [REAL buildkit/containerd]
      { place: 'containerd', text: String.raw`error: "failed to do request: Head \"https://docker.m.daocloud.io/v2/library/openjdk/manifests/11.0.16-jdk?ns=docker.io\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2024-10-19T10:45:46+08:00 is after 2024-10-18T23:59:59Z"` },
    ],
    expect: 'registry.tls',
  },
  {
    name: 'a missing credential is not TLS',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · kubernetes/minikube#20613 [REAL event]
      { place: 'event', eventReason: 'Failed', text: `Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` },
    ],
    expect: 'registry.auth', not: ['registry.tls'],
  },
  // ---- registry.server-error ----
  {
    name: 'containerd "unexpected status code ...: 503 Service Unavailable"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.8 · conbench/conbench#1420 [REAL buildkit/containerd]
      { place: 'containerd', text: '#3 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:815978d23592beccc59d199e1f6278c5873013fd47909a7b1055e5026a9707f6: 503 Service Unavailable' },
    ],
    expect: 'registry.server-error', not: ['registry.rate-limit', 'image.not-found'],
  },
  {
    name: 'docker "received unexpected HTTP status: 503 Service Unavailable"',
    reasons: ['ErrImagePull', 'RegistryUnavailable'],
    texts: [
      // messages.md §2.8 · maguowei/k8s-docker-desktop-for-mac#6 [REAL docker]
      { place: 'event', text: 'error pulling image configuration: received unexpected HTTP status: 503 Service Unavailable' },
    ],
    expect: 'registry.server-error',
  },
  {
    name: 'kubelet v1.30+ "because the registry is unavailable" (format filled in)',
    reasons: ['RegistryUnavailable'],
    texts: [
      // messages.md §1 RegistryUnavailable · kubernetes/kubernetes pkg/kubelet/images/image_manager.go [SRC kubelet/status] — the format filled in with the §1 example; no REAL line exists (§4)
      { place: 'status', text: 'image pull failed for registry.example.com/shop/web:1.0 because the registry is unavailable: pinging container registry ...: connect: connection refused' },
    ],
    expect: 'registry.server-error',
  },
  {
    name: '"pull access denied" gives registry.auth, not registry.server-error',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.3 · kubernetes/minikube#20613 [REAL event]
      { place: 'event', eventReason: 'Failed', text: `Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` },
    ],
    expect: 'registry.auth', not: ['registry.server-error'],
  },
  {
    name: 'an API server 503 seen by the CNI is no registry error',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7958 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedKillPod', text: String.raw`error killing pod: failed to "KillPodSandbox" for "b54120c3-3c62-41ca-8647-c1041c0ab754" with KillPodSandboxError: "rpc error: code = Unknown desc = failed to destroy network for sandbox \"aabb5d29eb0361355cedf3fe6636842efb2a36e8f2ae84f2facec3f4618d2b02\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: Get \"https://10.233.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": Service Unavailable"` },
    ],
    expect: 'cni.teardown-failed', not: ['registry.server-error'],
  },
  // ---- app.exit-error ----
  {
    // Last State: Terminated / Reason: Error / Exit Code: 1
    name: 'crash loop, last run Error exit 1',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §1 CrashLoopBackOff · Azure/AKS#1672 [REAL describe]
      { place: 'status', text: 'Reason:       Error' },
    ],
    terminated: [{ reason: 'Error', exitCode: 1 }],
    expect: 'app.exit-error', not: ['resources.oom-killed'],
  },
  {
    name: 'init container "exited with 1" (k8s 1.3)',
    reasons: ['RunInitContainerError', 'CrashLoopBackOff'],
    texts: [
      // messages.md §1 RunInitContainerError · fabric8io/gofabric8#315 (OpenShift 1.3 / k8s v1.3) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedSync', text: String.raw`Error syncing pod, skipping: [failed to "InitContainer" for "init" with RunInitContainerError: "init container \"init\" exited with 1" , failed to "StartContainer" for "init" with CrashLoopBackOff: "Back-off 10s restarting failed container=init pod=gogs-5-8exat_fabric8(ad3620fb-c288-11e6-b27f-00248cfcb938)" ]` },
    ],
    expect: 'app.exit-error',
  },
  {
    name: 'exit 0 under restartPolicy Always is not an error exit',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §1 CrashLoopBackOff · portainer/portainer#5314 (container exits 0 under restartPolicy: Always) [REAL describe]
      { place: 'status', text: 'Reason:       Completed' },
    ],
    terminated: [{ reason: 'Completed', exitCode: 0 }],
    expect: 'unknown', not: ['app.exit-error', 'resources.oom-killed'],
  },
  {
    name: 'an OOM kill is not an app exit',
    reasons: ['CrashLoopBackOff', 'OOMKilled'],
    texts: [
      // messages.md §1 OOMKilled · IBM/cloud-operators#260 (CRI-O) [REAL status]
      { place: 'status', text: "lastState: terminated: exitCode: 137 reason: OOMKilled startedAt: '2021-09-06T16:31:34Z' finishedAt: '2021-09-06T16:32:28Z' containerID: cri-o://2c0ce8efadd4bd6159613b26d1e7ad1f251fb4a84b7fb6ec39657640a0ffbb94" },
    ],
    terminated: [{ reason: 'OOMKilled', exitCode: 137 }],
    expect: 'resources.oom-killed', not: ['app.exit-error'],
  },
  // ---- app.config-missing ----
  {
    name: String.raw`event "Error: configmap \"x\" not found"`,
    reasons: ['CreateContainerConfigError'],
    texts: [
      // messages.md §1 CreateContainerConfigError · kruize/autotune#35 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Error: configmap "autotune-config-key" not found' },
    ],
    expect: 'app.config-missing',
  },
  {
    name: `event "couldn't find key K in Secret ns/x"`,
    reasons: ['CreateContainerConfigError'],
    texts: [
      // messages.md §1 CreateContainerConfigError · shieldworks/aegis#293 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: "Error: couldn't find key VALUE in Secret default/aegis-secret-aegis-workload-demo" },
    ],
    expect: 'app.config-missing',
  },
  {
    name: 'kubelet structured wrapper, escaped quotes',
    reasons: ['CreateContainerConfigError'],
    texts: [
      // messages.md §1 CreateContainerConfigError · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
      { place: 'kubelet', text: String.raw`E0507 11:59:41.375710    4736 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \"StartContainer\" for \"ruler\" with CreateContainerConfigError: \"secret \\\"ruler-alertmanager-token\\\" not found\"" pod="ge-metrics-federation/gem-mimir-ruler-5f56f7846b-fgxdm" podUID="07c06e21-137b-4fdd-b7d3-703f0a567720"` },
    ],
    expect: 'app.config-missing',
  },
  {
    name: 'kubelet "start failed in pod ...: CreateContainerConfigError: secret ... not found"',
    reasons: ['CreateContainerConfigError'],
    texts: [
      // messages.md §1 CreateContainerConfigError · grafana/loki pkg/pattern/drain/testdata/journald.txt (the spec dump is elided) [REAL kubelet]
      { place: 'kubelet', text: 'E0507 11:59:41.375655    4736 kuberuntime_manager.go:1256] container &Container{Name:ruler,Image:grafana/enterprise-metrics:v2.12.0,[…]} start failed in pod gem-mimir-ruler-5f56f7846b-fgxdm_ge-metrics-federation(07c06e21-137b-4fdd-b7d3-703f0a567720): CreateContainerConfigError: secret "ruler-alertmanager-token" not found' },
    ],
    expect: 'app.config-missing',
  },
  {
    name: 'FailedMount, volume Secret missing (mount-failed only an alternative)',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · projectcontour/contour#3548 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedMount', text: 'MountVolume.SetUp failed for volume "contourcert" : secret "contourcert" not found' },
    ],
    expect: 'app.config-missing',
  },
  {
    name: String.raw`FailedMount 2016 "configmaps \"x\" not found"`,
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · kubernetes/kubernetes#25096 (2016) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedMount', text: 'Unable to mount volumes for pod "nginx-ingress-controller-1626740531-88561_default(d125e230-1151-11e6-a2d1-0adbaa6061ff)": configmaps "nginx-template" not found' },
    ],
    expect: 'app.config-missing',
  },
  {
    name: 'a missing pull secret is not a missing config (kubelet warning)',
    reasons: ['CreateContainerConfigError'],
    texts: [
      // messages.md §2.3 · grafana/loki pkg/pattern/drain/testdata/journald.txt (missing pull secret; a warning only) [REAL kubelet]
      { place: 'kubelet', text: String.raw`I0507 11:59:43.041723    4589 kubelet_pods.go:906] "Unable to retrieve pull secret, the image pull may not succeed." pod="grafana-apps/bigquery-datasource-grafana-app-fast-7c94f74fd6-9n6t7" secret="" err="secret \"dockerhub\" not found"` },
    ],
    expect: 'unknown', not: ['app.config-missing'],
  },
  {
    name: 'a volume that times out is not a missing object',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · kubernetes/kubernetes#94117 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedMount', text: 'Unable to attach or mount volumes: unmounted volumes=[workdir], unattached volumes=[default-token-pwvpc podmetadata docker-sock workdir]: timed out waiting for the condition' },
    ],
    expect: 'container.mount-failed', not: ['app.config-missing'],
  },
  // ---- app.dependency-unavailable ----
  {
    name: "app log with Go's refused dial (the net error of a probe line, as an app logs it)",
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · grafana/loki journald.txt [REAL kubelet] — the Go net error of the probe output; an app logs the same text
      { place: 'container-log', text: 'dial tcp 10.0.99.125:3090: connect: connection refused' },
    ],
    expect: 'app.dependency-unavailable',
  },
  {
    name: 'init container log, a name that does not resolve',
    reasons: ['RunInitContainerError'],
    texts: [
      // messages.md §2.5 · kubernetes/minikube#6354 [REAL kubelet] — the Go resolver error, as an app logs it
      { place: 'container-log', text: 'dial tcp: lookup my-registry.foo.bar on 192.168.64.1:53: no such host' },
    ],
    expect: 'app.dependency-unavailable',
  },
  {
    name: 'a liveness probe refused is the probe, not a dependency',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · helm/charts#12409 (old format, unquoted URL; IP redacted by poster) [REAL event]
      { place: 'event', eventReason: 'Unhealthy', text: 'Liveness probe failed: Get http://xxx.xx.x..x:8080/healthz: dial tcp xxx.xxx.xx:8080: connect: connection refused' },
    ],
    expect: 'probe.liveness-failed', not: ['app.dependency-unavailable'],
  },
  // ---- resources.oom-killed ----
  {
    name: 'last state OOMKilled, exit 137 (CRI-O)',
    reasons: ['CrashLoopBackOff', 'OOMKilled'],
    texts: [
      // messages.md §1 OOMKilled · IBM/cloud-operators#260 (CRI-O) [REAL status]
      { place: 'status', text: "lastState: terminated: exitCode: 137 reason: OOMKilled startedAt: '2021-09-06T16:31:34Z' finishedAt: '2021-09-06T16:32:28Z' containerID: cri-o://2c0ce8efadd4bd6159613b26d1e7ad1f251fb4a84b7fb6ec39657640a0ffbb94" },
    ],
    terminated: [{ reason: 'OOMKilled', exitCode: 137 }],
    expect: 'resources.oom-killed', not: ['node.memory-pressure'],
  },
  {
    // messages.md §1 OOMKilled · kubernetes/kubernetes#3044 [REAL status] "reason": "OOM Killed", "exitCode": 137
    name: '2014 docker "OOM Killed"',
    reasons: ['OOMKilled'],
    texts: [],
    terminated: [{ reason: 'OOM Killed', exitCode: 137 }],
    expect: 'resources.oom-killed',
  },
  {
    name: 'dmesg memcg OOM (kernel 3.10)',
    reasons: ['OOMKilled'],
    texts: [
      // messages.md §2.12 · kubernetes/kubernetes#56891 (kernel 3.10 wording) [REAL dmesg]
      { place: 'dmesg', text: '[Thu Dec  7 00:05:15 2017] Memory cgroup out of memory: Kill process 24572 (java) score 0 or sacrifice child' },
    ],
    expect: 'resources.oom-killed', not: ['node.memory-pressure'],
  },
  {
    name: 'dmesg cgroup v2 "oom-kill:constraint=CONSTRAINT_MEMCG"',
    reasons: ['OOMKilled'],
    texts: [
      // messages.md §2.12 · leptonai/gpud#70 (cgroup v2, containerd; path redacted by poster) [REAL dmesg]
      { place: 'dmesg', text: 'Aug 30 06:58:55.050705 ... kernel: oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,mems_allowed=0-1,oom_memcg=/lxc.payload....-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice,task_memcg=/lxc.payload.ny2g2r5hh3-lxc/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podeded8c65_6e8e_4c6e_a889_3e427565c740.slice/cri-containerd-ec9ee26695deb4cc72bc665efff1cf3a03fdfb12f1303e02fe9252985e084a95.scope,task=pt_main_thread,pid=461754,uid=0' },
    ],
    expect: 'resources.oom-killed',
  },
  {
    name: 'dmesg cgroup v1 "killed as a result of limit of"',
    reasons: ['OOMKilled'],
    texts: [
      // messages.md §2.12 · istio/istio#42734 (cgroup v1, systemd driver, docker) [REAL dmesg]
      { place: 'dmesg', text: 'Jan  5 02:12:02 iZbp153spuk45ulvkwxf34Z kernel: Task in /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope killed as a result of limit of /kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0330b2c1_a15b_4cdd_b5e5_72d4a90bee82.slice/docker-b27201334a41cd0749d053b18378d7ea65617b8e26277197ea25c974da1a5a8a.scope' },
    ],
    expect: 'resources.oom-killed',
  },
  {
    name: 'exit 1 is not an OOM kill',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §1 CrashLoopBackOff · Azure/AKS#1672 [REAL describe]
      { place: 'status', text: 'Reason:       Error' },
    ],
    terminated: [{ reason: 'Error', exitCode: 1 }],
    expect: 'app.exit-error', not: ['resources.oom-killed'],
  },
  // ---- probe.liveness-failed ----
  {
    name: 'Unhealthy "Liveness probe failed: ... context deadline exceeded"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · kubernetes/kubernetes#115469 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Unhealthy', text: 'Liveness probe failed: Get "http://10.244.54.71:18051/healthcheck": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
    ],
    expect: 'probe.liveness-failed', not: ['app.dependency-unavailable'],
  },
  {
    name: 'Unhealthy, exec probe with empty output',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · kubernetes/kubernetes#82987 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Unhealthy', text: 'Liveness probe failed:' },
    ],
    expect: 'probe.liveness-failed',
  },
  {
    name: 'Killing "failed liveness probe, will be restarted"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · kubernetes/kubernetes#82987 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Killing', text: 'Container five-second-liveness-probe failed liveness probe, will be restarted' },
    ],
    expect: 'probe.liveness-failed',
  },
  {
    name: 'Unhealthy "Liveness probe errored"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · kubernetes/kubernetes#82987 [REAL event (issue title)]
      { place: 'event', eventReason: 'Unhealthy', text: 'Liveness probe errored: rpc error: code = DeadlineExceeded desc = context deadline exceeded' },
    ],
    expect: 'probe.liveness-failed',
  },
  {
    name: 'old format, unquoted URL',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · helm/charts#12409 (old format, unquoted URL; IP redacted by poster) [REAL event]
      { place: 'event', eventReason: 'Unhealthy', text: 'Liveness probe failed: Get http://xxx.xx.x..x:8080/healthz: dial tcp xxx.xxx.xx:8080: connect: connection refused' },
    ],
    expect: 'probe.liveness-failed',
  },
  {
    // and messages.md §1 OOMKilled · kubernetes/kubernetes#122256: Reason: Error / Exit Code: 137
    name: 'a liveness kill exits 137: the probe wins over the OOM guess',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · kubernetes/kubernetes#82987 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Killing', text: 'Container five-second-liveness-probe failed liveness probe, will be restarted' },
    ],
    terminated: [{ reason: 'Error', exitCode: 137 }],
    expect: 'probe.liveness-failed',
  },
  {
    name: 'a readiness probe failing does not restart anything',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.13 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL kubelet]
      { place: 'kubelet', text: String.raw`I0507 11:59:41.619645    6247 prober.go:107] "Probe failed" probeType="Readiness" pod="grafana-agent/grafana-agent-helm-4" podUID="c36c5200-1cd6-4093-893c-c022f91af996" containerName="grafana-agent" probeResult="failure" output="Get \"http://10.0.99.125:3090/-/ready\": dial tcp 10.0.99.125:3090: connect: connection refused"` },
    ],
    expect: 'unknown', not: ['probe.liveness-failed', 'app.dependency-unavailable'],
  },
  // ---- container.command-not-found ----
  {
    name: 'kubelet RunContainerError "executable not found in $PATH" (docker era)',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §1 RunContainerError · kubernetes/kubernetes#62782 (docker era) [REAL kubelet]
      { place: 'kubelet', text: String.raw`4月 19 16:23:23 localhost kubelet[8153]: E0419 16:23:23.950042    8153 pod_workers.go:186] Error syncing pod de983ffbc7f4929e5afc5927740925e4 ("kube-scheduler-yeahuh-vb_kube-system(de983ffbc7f4929e5afc5927740925e4)"), skipping: failed to "StartContainer" for "kube-scheduler" with RunContainerError: "failed to start container \"3f9e36bdd0fba53c03b23be02e0ccb1d69b63d6a1339cf548283317783e8db40\": executable not found in $PATH"` },
    ],
    expect: 'container.command-not-found', not: ['image.platform-mismatch'],
  },
  {
    name: 'runc "executable file not found in $PATH" (docker wording)',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §2.14 · moby/moby#37713 (docker-era runc wording) [REAL docker]
      { place: 'event', text: String.raw`OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \"/registry\": executable file not found in $PATH": unknown.` },
    ],
    expect: 'container.command-not-found',
  },
  {
    // shell convention (127 = command not found); not in messages.md
    name: 'exit 127 alone',
    reasons: ['CrashLoopBackOff'],
    texts: [],
    terminated: [{ reason: 'Error', exitCode: 127 }],
    expect: 'container.command-not-found',
  },
  {
    name: 'a missing containerd shim is the runtime, not the command',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.14 · containerd/containerd#2481 (shim binary missing, sandbox) [REAL containerd]
      { place: 'containerd', text: 'Jul 20 17:41:28 k8s-node1 containerd[7306]: time="2018-07-20T17:41:28+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:nginx-64f497f8fd-pbfzw,Uid:02cfb9af-8bff-11e8-b0cb-00163e0d02ae,Namespace:default,Attempt:0,} failed, error" error="failed to start sandbox container: failed to create containerd task: failed to start shim: exec: "containerd-shim": executable file not found in $PATH: unknown"' },
    ],
    expect: 'runtime.down', not: ['container.command-not-found'],
  },
  // ---- container.mount-failed ----
  {
    name: 'FailedMount "Unable to attach or mount volumes ... timed out"',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · kubernetes/kubernetes#94117 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedMount', text: 'Unable to attach or mount volumes: unmounted volumes=[workdir], unattached volumes=[default-token-pwvpc podmetadata docker-sock workdir]: timed out waiting for the condition' },
    ],
    expect: 'container.mount-failed', not: ['app.config-missing'],
  },
  {
    name: 'FailedAttachVolume "AttachVolume.Attach failed"',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · wunderio/csi-rclone#20 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedAttachVolume', text: 'AttachVolume.Attach failed for volume "data-rclone-example" : attachdetachment timeout for volume data-id' },
    ],
    expect: 'container.mount-failed',
  },
  {
    name: 'kubelet 1.28+ "unmounted volumes=[...]"',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · grafana/loki pkg/pattern/drain/drain_test.go (1.28+ wording) [REAL kubelet]
      { place: 'kubelet', text: 'E0507 11:59:31.928148    4734 pod_workers.go:1300] "Error syncing pod, skipping" err="unmounted volumes=[terraform-drift-detector-data], unattached volumes=[terraform-drift-detector-data], failed to process volumes=[]: context deadline exceeded" pod="terraform-drift-detector/terraform-drift-detector-d68b4c545-jg2vj" podUID="6c607496-ef26-454e-b2f2-4cb75b233fa3"' },
    ],
    expect: 'container.mount-failed',
  },
  {
    name: 'event <= 1.17 "Unable to mount volumes for pod"',
    reasons: ['FailedMount'],
    texts: [
      // messages.md §1 FailedMount · longhorn/longhorn#1835 (≤1.17 wording) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedMount', text: 'Unable to mount volumes for pod "miop-mysql-app-0_miop-dev(ce6f2222-28ad-4da0-9f69-f7c44b042100)": timeout expired waiting for volumes to attach or mount for pod "miop-dev"/"miop-mysql-app-0". list of unmounted volumes=[miop-mysql-data]. list of unattached volumes=[miop-mysql-data miop-mysql-conf miop-compose-conf default-token-2lx6j]' },
    ],
    expect: 'container.mount-failed',
  },
  {
    name: 'a reserved container name is no mount failure',
    reasons: ['CreateContainerError'],
    texts: [
      // messages.md §1 CreateContainerError · containerd/containerd#9545 (v1.28) [REAL kubelet]
      { place: 'kubelet', text: String.raw`Dec 14 17:08:47 kiv-cp-v48fw kubelet[5021]: E1214 17:08:47.303868    5021 remote_runtime.go:319] "CreateContainer in sandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to reserve container name \"kube-apiserver_kube-apiserver-kiv-cp-v48fw_kube-system_37b2b42d18b011bd117353a3847450aa_1\": name \"kube-apiserver_kube-apiserver-kiv-cp-v48fw_kube-system_37b2b42d18b011bd117353a3847450aa_1\" is reserved for \"7c54f31e3fc8b87a115f11a214efe060c94e93ae822c9819a472bfb382c2839c\"" podSandboxID="f5de5d066682354fa0679cc95a39a5285657f0eb43237f26194426d8fad3636d"` },
    ],
    expect: 'unknown', not: ['container.mount-failed', 'node.disk-full'],
  },
  // ---- container.permission-denied ----
  {
    name: 'runc EACCES on the entrypoint (no REAL line in messages.md)',
    reasons: ['RunContainerError'],
    texts: [
      // composed: the messages.md §2.14 moby/moby#37713 line with EACCES in place of ENOENT (messages.md has no permission-denied line)
      { place: 'event', text: String.raw`OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \"/docker-entrypoint.sh\": permission denied": unknown.` },
    ],
    expect: 'container.permission-denied', not: ['container.command-not-found'],
  },
  {
    // shell convention (126 = found but not executable); not in messages.md
    name: 'exit 126 alone',
    reasons: ['RunContainerError'],
    texts: [],
    terminated: [{ reason: 'StartError', exitCode: 126 }],
    expect: 'container.permission-denied',
  },
  {
    name: 'an executable not found is not a permission problem',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §1 RunContainerError · kubernetes/kubernetes#62782 (docker era) [REAL kubelet]
      { place: 'kubelet', text: String.raw`4月 19 16:23:23 localhost kubelet[8153]: E0419 16:23:23.950042    8153 pod_workers.go:186] Error syncing pod de983ffbc7f4929e5afc5927740925e4 ("kube-scheduler-yeahuh-vb_kube-system(de983ffbc7f4929e5afc5927740925e4)"), skipping: failed to "StartContainer" for "kube-scheduler" with RunContainerError: "failed to start container \"3f9e36bdd0fba53c03b23be02e0ccb1d69b63d6a1339cf548283317783e8db40\": executable not found in $PATH"` },
    ],
    expect: 'container.command-not-found', not: ['container.permission-denied'],
  },
  // ---- security.run-as-root ----
  {
    name: 'event "container has runAsNonRoot and image will run as root (pod: ...)"',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · intel/CPU-Manager-for-Kubernetes#299 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Error: container has runAsNonRoot and image will run as root (pod: "cmk-cluster-init-pod_cmk-namespace(fa1d4889-e80e-4506-ab08-40e0c50305cf)", container: cmk-cluster-init-pod)' },
    ],
    expect: 'security.run-as-root', not: ['security.non-numeric-user', 'app.config-missing'],
  },
  {
    name: 'status message',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · kubernetes-sigs/external-dns#4003 (joined) [REAL status] (the event's message: the describe row from its message on)
      { place: 'status', text: `container has runAsNonRoot and image will run as root (pod: "external-dns-5bf5f97c4-bw7mg_kube-system(d7ec6cb8-d04d-4c40-b333-1b51c5b69219)", container: external-dns'` },
    ],
    expect: 'security.run-as-root',
  },
  {
    name: 'kubelet "runAsUser breaks non-root policy"',
    reasons: ['VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · kubernetes/kubernetes PR #47009 test (also emitted by security_context_others.go) [SRC kubelet]
      { place: 'kubelet', text: "container's runAsUser breaks non-root policy" },
    ],
    expect: 'security.run-as-root',
  },
  {
    name: 'a non-numeric user is the other cause',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · streamnative/charts#1089 [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Error: container has runAsNonRoot and image has non-numeric user (appuser), cannot verify user is non-root (pod: "snp-sn-platform-toolset-0_snp(546086e2-2035-4e24-a41e-a6f71180a818)", container: kafka)' },
    ],
    expect: 'security.non-numeric-user', not: ['security.run-as-root'],
  },
  // ---- security.non-numeric-user ----
  {
    name: 'event "image has non-numeric user (appuser), cannot verify user is non-root (pod: ...)"',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · streamnative/charts#1089 [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Error: container has runAsNonRoot and image has non-numeric user (appuser), cannot verify user is non-root (pod: "snp-sn-platform-toolset-0_snp(546086e2-2035-4e24-a41e-a6f71180a818)", container: kafka)' },
    ],
    expect: 'security.non-numeric-user',
  },
  {
    name: 'event, older wording',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · caicloud/event_exporter#56 (older wording) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Error: container has runAsNonRoot and image has non-numeric user (nobody), cannot verify user is non-root' },
    ],
    expect: 'security.non-numeric-user',
  },
  {
    name: 'an image running as root is the other cause',
    reasons: ['CreateContainerConfigError', 'VerifyNonRootError'],
    texts: [
      // messages.md §2.16 · giantswarm/helloworld#20 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Error: container has runAsNonRoot and image will run as root' },
    ],
    expect: 'security.run-as-root', not: ['security.non-numeric-user'],
  },
  // ---- security.policy-denied ----
  {
    name: 'dmesg SELinux "avc:  denied"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.23 · podman-container-tools/podman#2245 [REAL audit]
      { place: 'dmesg', text: 'type=AVC msg=audit(1555425280.457:308): avc:  denied  { map } for  pid=7462 comm="run.sh" path="/usr/bin/bash" dev="fuse" ino=26566333 scontext=system_u:system_r:container_t:s0:c442,c952 tcontext=system_u:object_r:fusefs_t:s0 tclass=file permissive=0' },
    ],
    expect: 'security.policy-denied',
  },
  {
    name: String.raw`dmesg AppArmor "apparmor=\"DENIED\""`,
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §2.23 · canonical/microk8s#538 (joined; the paste wrapped inside the profile name) [REAL dmesg]
      { place: 'dmesg', text: 'audit: type=1400 audit(1562591111.463:2257): apparmor="DENIED" operation="ptrace" profile="cri-containerd.apparmor.d" pid=8029 comm="nginx-ingress-c" requested_mask="trace" denied_mask="trace" peer="cri-containerd.apparmor.d"' },
    ],
    expect: 'security.policy-denied',
  },
  {
    name: 'dmesg old svirt labels',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.23 · coreos/bugs#1757 (k8s kube-dns, old svirt labels) [REAL dmesg]
      { place: 'dmesg', text: 'Jan 13 09:53:53 alien3 kernel: audit: type=1400 audit(1484297633.456:2928): avc:  denied  { read } for  pid=11945 comm="nslookup" name="etc-hosts" dev="sda9" ino=1062417 scontext=system_u:system_r:svirt_lxc_net_t:s0:c278,c1001 tcontext=system_u:object_r:svirt_lxc_file_t:s0:c93,c135 tclass=file permissive=1' },
    ],
    expect: 'security.policy-denied',
  },
  {
    name: '"failed to create containerd container: get apparmor_[…]" is a CreateContainerError, which the taxonomy does not let this cause explain',
    reasons: ['CreateContainerError'],
    texts: [
      // messages.md §1 CreateContainerError · roddhjav/apparmor.d#187 (truncated by poster) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Failed', text: 'Error: failed to create containerd container: get apparmor_[…]' },
    ],
    expect: 'unknown', not: ['security.policy-denied'],
  },
  {
    name: 'audit noise "kauditd_printk_skb: 62 callbacks suppressed"',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.23 · grafana/loki pkg/pattern/drain/testdata/journald.txt [REAL dmesg]
      { place: 'dmesg', text: 'kauditd_printk_skb: 62 callbacks suppressed' },
    ],
    expect: 'unknown', not: ['security.policy-denied'],
  },
  // ---- runtime.unresponsive ----
  {
    name: 'KillContainerError "code = DeadlineExceeded desc = context deadline exceeded"',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
      { place: 'kubelet', text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"' },
    ],
    expect: 'runtime.unresponsive', not: ['runtime.down', 'node.not-ready'],
  },
  {
    name: 'RunContainerError "runContainer: operation timeout" (2017)',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §1 RunContainerError · kubernetes/kubernetes#42164 (2017) [REAL event]
      { place: 'event', eventReason: 'FailedSync', text: 'Error syncing pod, skipping: failed to "StartContainer" for "svc-0" with RunContainerError: "runContainer: operation timeout: context deadline exceeded"' },
    ],
    expect: 'runtime.unresponsive',
  },
  {
    name: 'KillPodSandbox "an error occurs during waiting for container"',
    reasons: ['KillContainerError', 'KillPodSandboxError'],
    texts: [
      // messages.md §1 KillContainerError / FailedKillPod · Mossaka/containerd-wasm-shims#10 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedKillPod', text: String.raw`error killing pod: [failed to "KillContainer" for "testwasm" with KillContainerError: "rpc error: code = InvalidArgument desc = failed to stop container \"37c1b531b6f245d7d7eb916f71c856d37a16da5f865126a7be401acd905c171a\": only SIGKILL is supported: invalid argument", failed to "KillPodSandbox" for "33546130-d84b-479c-b8c5-94d795dcae82" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = failed to stop container \"37c1b531b6f245d7d7eb916f71c856d37a16da5f865126a7be401acd905c171a\": an error occurs during waiting for container \"37c1b531b6f2[…]` },
    ],
    expect: 'runtime.unresponsive', not: ['cni.teardown-failed'],
  },
  {
    name: 'kubelet "Failed to stop sandbox before removing" DeadlineExceeded',
    reasons: ['KillPodSandboxError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7647 [REAL kubelet]
      { place: 'kubelet', text: 'May 12 11:18:48 k8s-master01 kubelet[39085]: E0512 11:18:48.475066   39085 kuberuntime_gc.go:177] "Failed to stop sandbox before removing" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" sandboxID="b25b1fe9f0eae615534102c4a2d370897be12abe05d26408e6baed4556c3d1f1"' },
    ],
    expect: 'runtime.unresponsive',
  },
  {
    // node.not-ready is an alternative: the same line says the node went NotReady
    name: 'PLEG not healthy (node condition message via the kubelet line)',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.22 · kubernetes/kubernetes#45419 (v1.6) [REAL kubelet]
      { place: 'kubelet', text: 'May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872908    2858 kubelet_node_status.go:682] Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m7.629592089s ago; threshold is 3m0s}' },
    ],
    expect: 'runtime.unresponsive',
  },
  {
    name: 'a refused runtime socket is down, not slow',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §2.22 · bottlerocket-os/bottlerocket#2512 (spacing repaired where the paste wrapped: rpcerror→rpc error) [REAL kubelet]
      { place: 'kubelet', text: String.raw`Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.523794    1375 remote_runtime.go:549] "ListContainers with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\"" filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"` },
    ],
    expect: 'runtime.down', not: ['runtime.unresponsive'],
  },
  // ---- runtime.down ----
  {
    name: 'kubelet "dial unix /run/containerd/containerd.sock: connect: connection refused"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.22 · bottlerocket-os/bottlerocket#2512 (spacing repaired where the paste wrapped: rpcerror→rpc error) [REAL kubelet]
      { place: 'kubelet', text: String.raw`Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.523794    1375 remote_runtime.go:549] "ListContainers with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\"" filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"` },
    ],
    expect: 'runtime.down', not: ['runtime.unresponsive'],
  },
  {
    name: 'kubelet, as pasted ("Unavailabledesc")',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §2.22 · bottlerocket-os/bottlerocket#2512 [REAL kubelet]
      { place: 'kubelet', text: String.raw`Jan 07 05:55:22 ip-10-20-3-58.ap-south-1.compute.internal kubelet[1375]: E0107 05:55:22.523909    1375 kuberuntime_container.go:447] "ListContainers failed" err="rpc error: code = Unavailabledesc = connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\""` },
    ],
    expect: 'runtime.down',
  },
  {
    name: 'kubelet, grpc-go <= 1.2x "all SubConns are in TransientFailure" (microk8s)',
    reasons: ['KillPodSandboxError'],
    texts: [
      // messages.md §2.22 · canonical/microk8s#525 (grpc-go ≤1.2x wording) [REAL kubelet]
      { place: 'kubelet', text: 'Jun 28 02:10:05 hostname microk8s.daemon-kubelet[2890]: E0628 02:10:05.149976    2890 remote_runtime.go:182] ListPodSandbox with filter nil from runtime service failed: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused"' },
    ],
    expect: 'runtime.down',
  },
  {
    name: 'dockerd losing containerd',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §2.22 · moby/moby#40390 (k8s node, dockerd → containerd) [REAL dockerd]
      { place: 'containerd', text: String.raw`time="2020-01-17T13:34:00.228328085Z" level=error msg="failed to get event" error="rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\"" module=libcontainerd namespace=plugins.moby` },
    ],
    expect: 'runtime.down',
  },
  {
    name: 'containerd shim binary missing',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.14 · containerd/containerd#2481 (shim binary missing, sandbox) [REAL containerd]
      { place: 'containerd', text: 'Jul 20 17:41:28 k8s-node1 containerd[7306]: time="2018-07-20T17:41:28+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:nginx-64f497f8fd-pbfzw,Uid:02cfb9af-8bff-11e8-b0cb-00163e0d02ae,Namespace:default,Attempt:0,} failed, error" error="failed to start sandbox container: failed to create containerd task: failed to start shim: exec: "containerd-shim": executable file not found in $PATH: unknown"' },
    ],
    expect: 'runtime.down',
  },
  {
    name: 'a deadline is slow, not down',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
      { place: 'kubelet', text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"' },
    ],
    expect: 'runtime.unresponsive', not: ['runtime.down'],
  },
  // ---- cni.plugin-error ----
  {
    name: 'containerd, calico "connection is unauthorized: Unauthorized"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#9215 (Calico v3.26, k8s 1.31) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized' },
    ],
    expect: 'cni.plugin-error', not: ['cni.not-ready', 'cni.ip-exhausted'],
  },
  {
    name: 'dockershim, calico unauthorized (set-up and clean-up)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#5712 (dockershim, k8s 1.22) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = [failed to set up sandbox container "3dcfdb21462e255a8f4059ca8540c8df05863bd6444cb22290133f894840845e" network for pod "pod-with-cm": networkPlugin cni failed to set up pod "pod-with-cm_default" network: error getting ClusterInformation: connection is unauthorized: Unauthorized, failed to clean up sandbox container "3dcfdb21462e255a8f4059ca8540c8df05863bd6444cb22290133f894840845e" network for pod "pod-with-cm": networkPlugin cni failed to teardown pod "pod-with-cm_default" network: error getting ClusterInformation: connection is unauthorized: Unauthorized]' },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'containerd, flannel "loadFlannelSubnetEnv failed"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · flannel-io/flannel#2253 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c05350cf5717b9bcf92a63ffafb7a3d27bd5ad1880de39272e72aa1661e637e": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory' },
    ],
    expect: 'cni.plugin-error', not: ['cni.not-ready'],
  },
  {
    name: 'dockershim, flannel subnet.env missing (2018)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · kubernetes/website#10377 (dockershim, 2018) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "99e30671c80ab8fe5cedd54fb4edd2ce99ebc45ed120e912d2c7e51f2cab350a" network for pod "node1-6777d4468-d6tvq": NetworkPlugin cni failed to set up pod "node1-6777d4468-d6tvq_default" network: open /run/flannel/subnet.env: no such file or directory' },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'k3s built-in flannel, no loadFlannelSubnetEnv prefix',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · k3d-io/k3d#1258 (k3s built-in flannel: no loadFlannelSubnetEnv prefix) [REAL event (issue title)]
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "": plugin type="flannel" failed (add): open /run/flannel/subnet.env: no such file or directory' },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'kubelet structured, flannel (containerd)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §1 CreatePodSandboxError / event FailedCreatePodSandBox / SandboxChanged · kubernetes/kubelet#46 [REAL kubelet]
      { place: 'kubelet', text: String.raw`Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459398 1067481 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\": plugin type=\"flannel\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"` },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'cilium "Cilium API client timeout exceeded"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · cilium/cilium#39091 (Talos) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "f225b469bb840512e3fd2c78e4e2dcef06cedf8e4b0caf09a62db002ccd54a17": plugin type="cilium-cni" failed (add): unable to create endpoint: Cilium API client timeout exceeded' },
    ],
    expect: 'cni.plugin-error', not: ['runtime.unresponsive'],
  },
  {
    // runtime.unresponsive stays a low alternative: its catch-all "context deadline exceeded" rule (0.6) sees the agent timeout
    name: 'cilium dockershim "Unable to create endpoint ... context deadline exceeded"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · cilium/hubble#29 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "3c82cfa8ee338c56dec1dea6d870e02d4f04ddc00b837371255d733a13a296f9" network for pod "hubble-mz69h": NetworkPlugin cni failed to set up pod "hubble-mz69h_kube-system" network: Unable to create endpoint: Put http:///var/run/cilium/cilium.sock/v1/endpoint/cilium-local:0: context deadline exceeded' },
    ],
    expect: 'cni.plugin-error', not: ['cni.ip-exhausted'],
  },
  {
    name: 'containerd log, cilium-cni "netplugin failed"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · cilium/cilium#30820 (kind) [REAL containerd]
      { place: 'containerd', text: String.raw`Feb 15 20:28:32 kind-worker containerd[3929]: time="2024-02-15T20:28:32.075190807Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:server,Uid:eb9891c8-0b47-426b-8456-10a210f1115f,Namespace:default,Attempt:0,} failed, error" error="failed to setup network for sandbox \"1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2\": plugin type=\"cilium-cni\" failed (add): netplugin failed: \"ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\n\""` },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'calico host side routes',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#8180 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c8b059ce4c4cd7ae47eb9ebc8d1937afae2d0e23ec32cd3f4b9c464ab5d358d": plugin type="calico" failed (add): error adding host side routes for interface: calid29a1cadef5, error: route (Ifindex: 131, Dst: 172.25.136.1/32, Scope: link) already exists for an interface other than 'calid29a1cadef5': route (Ifindex: 12, Dst: 172.25.136.1/32, Scope: link, Iface: calif6cb5368383)` },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'consul-cni chained, combined event',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#8903 (consul-cni chained) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: '(combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "bbb2fb13957bed5e7ea18e921ed670d5a6ebd534242211f2bf3e90ff9d8576a8": plugin type="consul-cni" name="consul-cni" failed (add): error retrieving pod: Unauthorized' },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'CRI-O "failed to get network status for pod sandbox"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.17 · cri-o/cri-o#7008 (CRI-O) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get network status for pod sandbox k8s_argocd-server-67b55cf99f-pg4tn_argo-cd_2b09c73b-ae84-4d96-8e9c-a49e64a83f0a_0(d283503be0626b67e15d3ec8939f8056c6b5a1f7431932826334ba1429407d17): error checking pod argo-cd_argocd-server-67b55cf99f-pg4tn for CNI network "crio": Interface veth53193e1d Mac doesn't match: 7e:10:77:0b:8b:d5 not found` },
    ],
    expect: 'cni.plugin-error',
  },
  {
    name: 'openshift-sdn "failed to send CNI request" (1.5)',
    reasons: ['SetupNetworkError'],
    texts: [
      // messages.md §1 SetupNetworkError · openshift/openshift-ansible#3805 (origin 1.5; quotes as pasted) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedSync', text: 'Error syncing pod, skipping: failed to "SetupNetwork" for "router-3-deploy_default" with SetupNetworkError: "Failed to setup network for pod "router-3-deploy_default(799d976f-1502-11e7-b3c1-fa163e10ef43)" using network plugins "cni": failed to send CNI request: Post http://dummy/: dial unix /var/run/openshift-sdn/cni-server.sock: connect: no such file or directory; Skipping pod"' },
    ],
    expect: 'cni.plugin-error',
  },
  {
    // the plugin cannot reach the API server: the registry rules give way to the CNI wrapper (fixed in registry.unreachable.yaml)
    name: 'dockershim calico reaching the API over the service IP times out',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · kubernetes-sigs/kubespray#4532 (dockershim; Calico reaching the API over the service IP) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "928c423a8d133278d55d63179fe3327c11330eb51f469b22e47b3c3e5432bbda" network for pod "pod1": NetworkPlugin cni failed to set up pod "pod1_default" network: Get https://[10.233.0.1]:443/api/v1/namespaces/default: dial tcp 10.233.0.1:443: i/o timeout' },
    ],
    expect: 'cni.plugin-error', not: ['registry.unreachable'],
  },
  {
    // cni.plugin-error stays an alternative
    name: 'an empty IP range is exhaustion, not a plugin fault',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · kubernetes/test-infra#13039 (GKE containerd, host-local) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: '(combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "42bf93c90d996c112f711d9bddbd40fbb03e0a5a8eeccee5f38a98c4a494ca90": failed to allocate for range 0: no IP addresses available in range set: 10.60.28.1-10.60.28.254' },
    ],
    expect: 'cni.ip-exhausted',
  },
  // ---- cni.not-ready ----
  {
    name: 'kubelet "NetworkReady=false reason:NetworkPluginNotReady ... cni plugin not initialized" (1.31+)',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.18 · kubernetes/kubernetes#129294 (v1.31+, containerd 2.x) [REAL kubelet]
      { place: 'kubelet', text: 'I1219 05:56:59.440760   37131 kubelet.go:2895] "Container runtime status" status="Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized, ContainerdHasNoDeprecationWarnings=true reason: message:; Handlers: , Features: nil"' },
    ],
    expect: 'cni.not-ready', not: ['runtime.down', 'cni.plugin-error'],
  },
  {
    // node.not-ready is an alternative
    name: 'node condition "KubeletNotReady runtime network not ready"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.18 · kind-ci/examples#33 [REAL describe (node condition)]
      { place: 'describe', text: 'KubeletNotReady runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized' },
    ],
    expect: 'cni.not-ready',
  },
  {
    // cni.plugin-error is an alternative
    name: 'CRI-O 1.10 "cni config uninitialized"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.18 · cri-o/cri-o#1523 (CRI-O 1.10) [REAL kubelet]
      { place: 'kubelet', text: 'Apr 12 15:36:09 kata kubelet[29066]: E0412 15:36:09.501733   29066 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to create pod network sandbox k8s_kube-controller-manager-kata_kube-system_94ed0fa540fbf10c0225d82de5e61561_0(35e354e982ccd726a45da51ac613ff9c27e90e75cb97edc04d843788aa614d82): cni config uninitialized' },
    ],
    expect: 'cni.not-ready',
  },
  {
    name: 'a configured plugin that fails is not "not ready"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#9215 (Calico v3.26, k8s 1.31) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized' },
    ],
    expect: 'cni.plugin-error', not: ['cni.not-ready'],
  },
  // ---- cni.ip-exhausted ----
  {
    name: 'containerd host-local "no IP addresses available in range set" (combined, old wording)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · kubernetes/test-infra#13039 (GKE containerd, host-local) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: '(combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "42bf93c90d996c112f711d9bddbd40fbb03e0a5a8eeccee5f38a98c4a494ca90": failed to allocate for range 0: no IP addresses available in range set: 10.60.28.1-10.60.28.254' },
    ],
    expect: 'cni.ip-exhausted', not: ['cni.not-ready'],
  },
  {
    name: 'containerd host-local, new wording (microk8s)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · canonical/microk8s#1147 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: '(combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9a1b3fd9596e428093232c054a1ac7fac47a57c87f5c46dd80dde72e5bbea132": failed to allocate for range 0: no IP addresses available in range set: 10.1.56.1-10.1.56.254' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'dockershim host-local (kubelet)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · rancher/rancher#14504 (dockershim, flannel host-local) [REAL kubelet]
      { place: 'kubelet', text: 'E0711 15:11:17.994634   24727 remote_runtime.go:92] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "myzep-79945ccb7f-rz8ld_myzep" network: failed to allocate for range 0: no IP addresses available in range set: 10.42.0.1-10.42.0.254' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'AWS VPC CNI "failed to assign an IP address to container"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · aws/amazon-vpc-cni-k8s#668 (dockershim) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: '(combined from similar events): Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "9234234234de67e8234cdc5c23423dce7e20842b8334208a6bff3a8" network for pod "custom-test-endpoint-5659dd6f47-92rj7": NetworkPlugin cni failed to set up pod "custom-test-endpoint-523422f47-92rj7_default" network: add cmd: failed to assign an IP address to container' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'ipamd log "ENI ... does not have available addresses"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.19 · aws/amazon-vpc-cni-k8s#2045 [REAL CNI (ipamd.log)]
      { place: 'cni', text: '{"level":"debug","ts":"2022-07-27T14:05:10.180Z","caller":"datastore/data_store.go:713","msg":"AssignPodIPv4Address: ENI eni-0efac8c4483ed5794 does not have available addresses"}' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'cilium cluster-pool "range is full"',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · cilium/cilium#10627 (Cilium cluster-pool IPAM) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "3948297ee605c722e867e3cda372cd2708c16f40e2cb0c036ac543890fee98e6" network for pod "pod-to-a-allowed-cnp-5899c44899-lmsr8": networkPlugin cni failed to set up pod "pod-to-a-allowed-cnp-5899c44899-lmsr8_default" network: unable to allocate IP via local cilium agent: [POST /ipam][502] postIpamFailure  range is full' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'calico 2016 "No IPv4 addresses available in pool"',
    reasons: ['SetupNetworkError'],
    texts: [
      // messages.md §2.19 · projectcalico/cni-plugin#25 [REAL calico (2016, pycalico)]
      { place: 'cni', text: 'calico-k8s-network : error executing ADD: No IPv4 addresses available in pool' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'calico IPAM (format composed in §2.19; no user paste)',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.19 · projectcalico/calico cni-plugin/pkg/ipamplugin/ipam_plugin.go [SRC CNI] — the example line §2.19 composes from the format strings
      { place: 'event', text: 'plugin type="calico" failed (add): failed to request IPv4 addresses: Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [10.244.0.0/16]' },
    ],
    expect: 'cni.ip-exhausted',
  },
  {
    name: 'an unauthorized plugin is not an empty pool',
    reasons: ['CreatePodSandboxError', 'SetupNetworkError'],
    texts: [
      // messages.md §2.17 · projectcalico/calico#9215 (Calico v3.26, k8s 1.31) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedCreatePodSandBox', text: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized' },
    ],
    expect: 'cni.plugin-error', not: ['cni.ip-exhausted'],
  },
  // ---- cni.teardown-failed ----
  {
    name: 'containerd calico "failed (delete)"',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7958 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedKillPod', text: String.raw`error killing pod: failed to "KillPodSandbox" for "b54120c3-3c62-41ca-8647-c1041c0ab754" with KillPodSandboxError: "rpc error: code = Unknown desc = failed to destroy network for sandbox \"aabb5d29eb0361355cedf3fe6636842efb2a36e8f2ae84f2facec3f4618d2b02\": plugin type=\"calico\" failed (delete): error getting ClusterInformation: Get \"https://10.233.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": Service Unavailable"` },
    ],
    expect: 'cni.teardown-failed', not: ['runtime.unresponsive'],
  },
  {
    name: 'dockershim "networkPlugin cni failed to teardown pod"',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · cisco-open/martian-bank-demo#50 (dockershim) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedKillPod', text: String.raw`error killing pod: failed to "KillPodSandbox" for "a33e88fb-a2a9-4dbb-9996-466ca7ca5bd9" with KillPodSandboxError: "rpc error: code = Unknown desc = networkPlugin cni failed to teardown pod \" nginx-5f47c5c8f4-hvctg_default\" network: error getting ClusterInformation: Get \"https://10.96.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default\": dial tcp 10.96.0.1:443: i/o timeout"` },
    ],
    expect: 'cni.teardown-failed',
  },
  {
    name: 'AWS VPC CNI "del cmd: failed to process delete request" (kubelet)',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · bottlerocket-os/bottlerocket#359 [REAL kubelet]
      { place: 'kubelet', text: 'Oct 02 23:27:34 ip-10-0-60-95.us-west-2.compute.internal kubelet[2783]: E1002 23:27:34.439481    2783 remote_runtime.go:132] StopPodSandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60" from runtime service failed: rpc error: code = Unknown desc = failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request' },
    ],
    expect: 'cni.teardown-failed',
  },
  {
    name: 'containerd "failed to destroy network for sandbox" (calico WorkloadEndpoint)',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#4084 [REAL containerd]
      { place: 'containerd', text: String.raw`level=error msg="StopPodSandbox for \"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\" failed" error="failed to destroy network for sandbox \"4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2\": WorkloadEndpoint.crd.projectcalico.org \"WorkloadEndpoint(default/node01-k8s-prometheus--1-eth0)\" not found"` },
    ],
    expect: 'cni.teardown-failed',
  },
  {
    name: 'crictl "failed to destroy network for sandbox ... connection refused"',
    reasons: ['KillPodSandboxError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · containerd/cri#732 [REAL crictl]
      { place: 'containerd', text: 'FATA[0010] stopping the pod sandbox "5dc62a1a5e19c" failed: rpc error: code = Unknown desc = failed to destroy network for sandbox "5dc62a1a5e19c4c1412cba8134372266a799205d5bf8b38e8deecc4555063528": dial tcp 10.10.25.230:4001: getsockopt: connection refused' },
    ],
    expect: 'cni.teardown-failed', not: ['runtime.down'],
  },
  {
    name: 'k8s 1.2 "Failed to teardown network for pod ... exit status 1"',
    reasons: ['TeardownNetworkError'],
    texts: [
      // messages.md §1 TeardownNetworkError · openshift/origin#9121 (k8s v1.2) [REAL kubelet]
      { place: 'kubelet', text: String.raw`jún 01 22:51:23 bla origin-node[1802]: E0601 22:51:23.990678    1802 kubelet.go:2248] Failed killing the pod "standalone-all-19-deploy": failed to "TeardownNetwork" for "standalone-all-19-deploy_platform" with TeardownNetworkError: "Failed to teardown network for pod \"8e008e66-283a-11e6-ad25-000c298cc5cd\" using network plugins \"redhat/openshift-ovs-subnet\": exit status 1"` },
    ],
    expect: 'cni.teardown-failed',
  },
  {
    name: 'dockershim cni.go "Error deleting ... from network"',
    reasons: ['KillPodSandboxError', 'TeardownNetworkError'],
    texts: [
      // messages.md §1 TeardownNetworkError · firechiang/kubernetes-starter#1 [REAL kubelet]
      { place: 'kubelet', text: 'Feb 01 00:48:17 centos7-k8s-worker kubelet[26695]: E0201 00:48:17.703107   26695 cni.go:345] Error deleting kube-system_kube-dns-f69c6b55-txhx4/dd498908460e2b4a614cae69f9f025535ccaefd5809d8c6c1cdab2be12f1e49e from network calico/calico-k8s-network: netplugin failed but error parsing its diagnostic message "": unexpected end of JSON input' },
    ],
    expect: 'cni.teardown-failed',
  },
  {
    name: 'a stop that times out in the runtime is not the CNI',
    reasons: ['KillPodSandboxError'],
    texts: [
      // messages.md §1 KillPodSandboxError / FailedKillPod · projectcalico/calico#7647 [REAL kubelet]
      { place: 'kubelet', text: 'May 12 11:18:48 k8s-master01 kubelet[39085]: E0512 11:18:48.475066   39085 kuberuntime_gc.go:177] "Failed to stop sandbox before removing" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" sandboxID="b25b1fe9f0eae615534102c4a2d370897be12abe05d26408e6baed4556c3d1f1"' },
    ],
    expect: 'runtime.unresponsive', not: ['cni.teardown-failed'],
  },
  // ---- node.disk-full ----
  {
    name: 'containerd "no space left on device" extracting a layer (k3os)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · rancher/k3os#55 [REAL containerd]
      { place: 'containerd', text: 'time="2019-04-27T16:58:24.800670127Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown" key="extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda"' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'containerd 2.x unpacker wording',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · usestrix/strix#483 (containerd 2.x unpacker wording) [REAL containerd]
      { place: 'containerd', text: 'failed to extract layer (application/vnd.oci.image.layer.v1.tar+gzip sha256:0465d356eb1de54a583b42b392bd68ff4c6d0494ecaeb5a8b89c1001334829bf) to overlayfs as "extract-260106421-WDeK sha256:dc6b5af8281abf684b3e18b349680a24b4f020bd3ee8c7254ddc3b128ec21162": write /var/lib/desktop-containerd/daemon/io.containerd.snapshotter.v1.overlayfs/snapshots/105/fs/home/pentester/.cache/go-build/27/27085a9d2a1990418db3f6435abc47c29c9144d86f99186ced0874f54616bc5e-d: no space left on device' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'docker "failed to register layer ... no space left on device"',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · tableau/tableau-server-in-kubernetes#14 (docker) [REAL event]
      { place: 'event', eventReason: 'Failed', text: 'Failed to pull image "CENSORED": rpc error: code = Unknown desc = failed to register layer: Error processing tar file(exit status 1): write /tableau-server-CENSORED.rpm: no space left on device' },
    ],
    expect: 'node.disk-full', not: ['image.not-found'],
  },
  {
    name: 'GKE 2016 ErrImagePull wrapper',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · kubernetes/kubernetes#32542 (GKE docker, 2016) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedSync', text: 'Error syncing pod, skipping: failed to "StartContainer" for "hivemp-nat-punchthrough-service" with ErrImagePull: "failed to register layer: Untar re-exec error: exit status 1: output: open /srv/node_modules/grpc/third_party/boringssl/fuzz/client_corpus/4c8d920b2b9c2c43b50561b90e9c6a03689e7171: no space left on device"' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: '2015 "mkdir /var/lib/kubelet/pods/...: no space left on device"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.11 · kubernetes/kubernetes#3431 (2015) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedSync', text: "Error syncing pod, skipping: mkdir /var/lib/kubelet/pods/bb1ee0e8-b2e5-11e4-bfb6-42010af0101c: no space left on device\t%!v(MISSING)" },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'eviction for ephemeral-storage',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · caoyingjunz/go-learning#55 [REAL event] (the event's message: the describe row from its message on)
      { place: 'status', text: 'The node was low on resource: ephemeral-storage. Container harbor-chart-rsync-client was using 76Ki, which exceeds its request of 0. Container chartmuseum was using 856Ki, which exceeds its request of 0.' },
    ],
    expect: 'node.disk-full', not: ['node.memory-pressure'],
  },
  {
    name: 'admission "The node had condition: [DiskPressure]."',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · gitpod-io/gitpod#935 [REAL status]
      { place: 'status', text: 'Evicted: Pod The node had condition: [DiskPressure].' },
    ],
    expect: 'node.disk-full', not: ['node.memory-pressure', 'node.pid-pressure'],
  },
  {
    name: 'kubelet image GC over the high threshold (structured)',
    reasons: ['ErrImagePull'],
    texts: [
      // messages.md §2.11 · public notes (code index id 9772914604) [REAL kubelet]
      { place: 'kubelet', text: 'kubelet[2298]: I0226 11:59:17.153440    2298 image_gc_manager.go:310] "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=93 highThreshold=85 amountToFree=69382155468 lowThreshold=80' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'kubelet "Image garbage collection failed multiple times in a row"',
    reasons: ['CreateContainerError'],
    texts: [
      // messages.md §2.11 · public notes (code index id 1402095887) [REAL kubelet]
      { place: 'kubelet', text: 'Jul 04 10:38:14 local-worker kubelet[119]: E0704 10:38:14.581006     119 kubelet.go:1302] "Image garbage collection failed multiple times in a row" err="failed to garbage collect required amount of images. Wanted to free 96299243888 bytes, but freed 0 bytes"' },
    ],
    expect: 'node.disk-full',
  },
  {
    name: 'eviction for memory is not the disk',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · openshift/release#76967 (joined) [REAL status]
      { place: 'status', text: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87608Ki. Container dptp-controller-manager was using 48458972Ki, request is 15Gi, has larger consumption of memory.' },
    ],
    expect: 'node.memory-pressure', not: ['node.disk-full'],
  },
  // ---- node.memory-pressure ----
  {
    name: 'eviction for memory, newer wording',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · openshift/release#76967 (joined) [REAL status]
      { place: 'status', text: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 87608Ki. Container dptp-controller-manager was using 48458972Ki, request is 15Gi, has larger consumption of memory.' },
    ],
    expect: 'node.memory-pressure', not: ['node.disk-full', 'resources.oom-killed'],
  },
  {
    name: 'eviction for memory, older wording',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · kubernetes/kubernetes#112927 (older wording) [REAL describe]
      { place: 'describe', text: 'Message:        The node was low on resource: memory. Container citadel was using 43536Ki, which exceeds its request of 0.' },
    ],
    expect: 'node.memory-pressure',
  },
  {
    // the rule wants "Out of memory: Kill(ed) process"; this kernel line alone names no OOM: correlation with the node.oom-kill signal handles it
    name: 'dmesg global OOM "Killed process ..." on a crash loop (memcg OOMs score higher in resources.oom-killed)',
    reasons: ['CrashLoopBackOff'],
    texts: [
      // messages.md §2.12 · kubernetes/kubernetes#50632 [REAL dmesg]
      { place: 'dmesg', text: 'Nov 30 10:16:57 iZuf601dofntkxgp7lyfi9Z kernel: Killed process 799153 (node), UID 1000, total-vm:606096kB, anon-rss:68308kB, file-rss:13648kB, shmem-rss:0kB' },
    ],
    expect: 'unknown', not: ['node.memory-pressure'],
  },
  {
    // resources.oom-killed is not an alternative: no OOMKilled state here
    name: 'node SystemOOM event (format from PR #78174, filled in)',
    reasons: ['OOMKilled'],
    texts: [
      // messages.md §1 OOMKilled · kubernetes/kubernetes PR #78174 [SRC event] — "System OOM encountered, victim process: %s, pid: %d" filled in
      { place: 'event', eventReason: 'SystemOOM', text: 'System OOM encountered, victim process: java, pid: 24572' },
    ],
    expect: 'node.memory-pressure',
  },
  {
    name: 'ephemeral-storage eviction is not memory',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · caoyingjunz/go-learning#55 [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'Evicted', text: 'The node was low on resource: ephemeral-storage. Container harbor-chart-rsync-client was using 76Ki, which exceeds its request of 0. Container chartmuseum was using 856Ki, which exceeds its request of 0.' },
    ],
    expect: 'node.disk-full', not: ['node.memory-pressure'],
  },
  // ---- node.pid-pressure ----
  {
    name: 'eviction for pids (the §1 Evicted format with pids)',
    reasons: ['Evicted'],
    texts: [
      // composed: the messages.md §1 Evicted format "The node was low on resource: <resource>." with pids (no REAL line in messages.md)
      { place: 'status', text: 'The node was low on resource: pids.' },
    ],
    expect: 'node.pid-pressure', not: ['node.disk-full', 'node.memory-pressure'],
  },
  {
    name: 'admission "The node had condition: [PIDPressure]." (the §1 format)',
    reasons: ['Evicted'],
    texts: [
      // composed: the messages.md §1 Evicted gitpod-io/gitpod#935 line with PIDPressure in place of DiskPressure
      { place: 'status', text: 'Pod The node had condition: [PIDPressure].' },
    ],
    expect: 'node.pid-pressure',
  },
  {
    name: 'fork failing in the app (taxonomy wording)',
    reasons: ['RunContainerError'],
    texts: [
      // taxonomy.yaml signals node.pid-pressure (not in messages.md)
      { place: 'container-log', text: 'fork: retry: Resource temporarily unavailable' },
    ],
    expect: 'node.pid-pressure',
  },
  {
    name: 'disk pressure is not pid pressure',
    reasons: ['Evicted'],
    texts: [
      // messages.md §1 Evicted · gitpod-io/gitpod#935 [REAL status]
      { place: 'status', text: 'Evicted: Pod The node had condition: [DiskPressure].' },
    ],
    expect: 'node.disk-full', not: ['node.pid-pressure'],
  },
  // ---- node.not-ready ----
  {
    // the same line names PLEG: runtime.unresponsive (0.75) beats node.not-ready (0.7), which stays the alternative
    name: 'kubelet "Node became not ready: ... PLEG is not healthy" on a stuck kill',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §2.22 · kubernetes/kubernetes#45419 (v1.6) [REAL kubelet]
      { place: 'kubelet', text: 'May 05 13:59:56 ip-10-50-20-208.ec2.internal kubelet[2858]: I0505 13:59:56.872908    2858 kubelet_node_status.go:682] Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:PLEG is not healthy: pleg was last seen active 3m7.629592089s ago; threshold is 3m0s}' },
    ],
    expect: 'runtime.unresponsive',
  },
  {
    name: 'describe "KubeletNotReady" on a sandbox failure: CNI not ready wins, node.not-ready the alternative',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.18 · kind-ci/examples#33 [REAL describe (node condition)]
      { place: 'describe', text: 'KubeletNotReady runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized' },
    ],
    expect: 'cni.not-ready',
  },
  {
    name: 'pod event NodeNotReady (node lifecycle controller; not in messages.md)',
    reasons: ['KillPodSandboxError'],
    texts: [
      // the node lifecycle controller's NodeNotReady event on the pod (not in messages.md)
      { place: 'event', eventReason: 'NodeNotReady', text: 'Node is not ready' },
    ],
    expect: 'node.not-ready',
  },
  {
    // the message says why the node is not ready
    name: 'kubelet "Node became not ready" alone on a stuck sandbox kill',
    reasons: ['KillPodSandboxError'],
    texts: [
      // composed: the messages.md §2.22 kubernetes/kubernetes#45419 line with the kubelet's "container runtime is down" message in place of PLEG
      { place: 'kubelet', text: 'Node became not ready: {Type:Ready Status:False LastHeartbeatTime:2017-05-05 13:59:56.872865742 +0000 UTC LastTransitionTime:2017-05-05 13:59:56.872865742 +0000 UTC Reason:KubeletNotReady Message:container runtime is down}' },
    ],
    expect: 'runtime.down',
  },
  {
    name: 'a runtime deadline with the node Ready is not the node',
    reasons: ['KillContainerError'],
    texts: [
      // messages.md §1 KillContainerError / FailedKillPod · k3s-io/k3s#2370 [REAL kubelet]
      { place: 'kubelet', text: 'Oct  8 16:43:11 worker9 k3s[1636]: E1008 16:43:11.974222    1636 kubelet.go:1576] error killing pod: failed to "KillContainer" for "lil-upload" with KillContainerError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"' },
    ],
    expect: 'runtime.unresponsive', not: ['node.not-ready'],
  },
  // ---- kernel.fs-error ----
  {
    name: 'dmesg "EXT4-fs (sde): I/O error while writing superblock"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
      { place: 'dmesg', text: 'Jul  6 14:46:14 adjucator kernel: [23809.077400] EXT4-fs (sde): I/O error while writing superblock' },
    ],
    expect: 'kernel.fs-error',
  },
  {
    name: 'dmesg "EXT4-fs warning (device sde): ext4_end_bio ... I/O error"',
    reasons: ['RunContainerError'],
    texts: [
      // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
      { place: 'dmesg', text: 'Jul  6 14:46:14 adjucator kernel: [23809.074218] EXT4-fs warning (device sde): ext4_end_bio:309: I/O error 10 writing to inode 393228 (offset 0 size 0 starting block 1611784)' },
    ],
    expect: 'kernel.fs-error',
  },
  {
    name: 'dmesg "Buffer I/O error on dev sde"',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
      { place: 'dmesg', text: 'Jul  6 14:46:14 adjucator kernel: [23809.076649] Buffer I/O error on dev sde, logical block 0, lost sync page write' },
    ],
    expect: 'kernel.fs-error',
  },
  {
    name: 'dmesg "rejecting I/O to offline device"',
    reasons: ['ImageInspectError'],
    texts: [
      // messages.md §2.23 · longhorn/longhorn#2775 [REAL dmesg]
      { place: 'dmesg', text: 'Jul  6 14:46:14 adjucator kernel: [23809.072365] sd 6:0:0:1: rejecting I/O to offline device' },
    ],
    expect: 'kernel.fs-error',
  },
  {
    name: 'dmesg kernel >= 5.x "print_req_error: I/O error"',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.23 · Requiem4Eternity/Appstream#90 (k8s node, kernel ≥5.x wording) [REAL dmesg]
      { place: 'dmesg', text: 'May 29 03:24:48 k8snode234 kernel: print_req_error: I/O error, dev sdc, sector 628940360 flags 80700' },
    ],
    expect: 'kernel.fs-error',
  },
  {
    name: 'conntrack full is not a filesystem error',
    reasons: ['CreatePodSandboxError'],
    texts: [
      // messages.md §2.23 · kubernetes-retired/kube-aws#476 (newer kernels repeat the prefix) [REAL dmesg]
      { place: 'dmesg', text: '[2833841.216211] nf_conntrack: nf_conntrack: table full, dropping packet' },
    ],
    expect: 'unknown', not: ['kernel.fs-error'],
  },
  // ---- scheduling.unschedulable ----
  {
    name: '"0/1 nodes are available: 1 Insufficient memory"',
    reasons: ['FailedScheduling'],
    texts: [
      // messages.md §1 FailedScheduling · harvester/harvester#3136 [REAL event (issue title)]
      { place: 'event', eventReason: 'FailedScheduling', text: '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.' },
    ],
    expect: 'scheduling.unschedulable',
  },
  {
    name: 'GPU "Insufficient nvidia.com/gpu"',
    reasons: ['FailedScheduling'],
    texts: [
      // messages.md §1 FailedScheduling · NVIDIA/k8s-device-plugin#430 [REAL event (issue title)]
      { place: 'event', eventReason: 'FailedScheduling', text: '0/1 nodes are available: 1 Insufficient nvidia.com/gpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..' },
    ],
    expect: 'scheduling.unschedulable',
  },
  {
    name: 'taints and PV node affinity',
    reasons: ['FailedScheduling'],
    texts: [
      // messages.md §1 FailedScheduling · public notes file (code index, find_string id 23138902447; repository not given) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedScheduling', text: "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match PersistentVolume's node affinity. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." },
    ],
    expect: 'scheduling.unschedulable',
  },
  {
    name: '2017 predicates',
    reasons: ['FailedScheduling'],
    texts: [
      // messages.md §1 FailedScheduling · argoproj/argo-workflows#190 (2017 wording) [REAL event] (the event's message: the describe row from its message on)
      { place: 'event', eventReason: 'FailedScheduling', text: 'No nodes are available that match all of the following predicates:: Insufficient cpu (9), Insufficient memory (15), MatchNodeSelector (18).' },
    ],
    expect: 'scheduling.unschedulable',
  },
  {
    name: 'status 2017 "NodeUnderMemoryPressure (1)"',
    reasons: ['FailedScheduling'],
    texts: [
      // messages.md §1 FailedScheduling · kubernetes/kubernetes#52166 [REAL status] (the event's message: the describe row from its message on)
      { place: 'status', text: "No nodes are available that match all of the following predicates:: NodeUnderMemoryPressure (1).'" },
    ],
    expect: 'scheduling.unschedulable', not: ['node.memory-pressure'],
  },
  {
    name: 'a pod that was scheduled is no scheduling failure',
    reasons: ['FailedScheduling'],
    texts: [
      // healthy: the default-scheduler's Scheduled event (not in messages.md)
      { place: 'event', eventReason: 'Scheduled', text: 'Successfully assigned shop/gone to node-1' },
    ],
    expect: 'unknown', not: ['scheduling.unschedulable'],
  },
];
