import { describe, expect, it } from 'vitest';
import { sniffTextKind } from '../../../src/parse/text/detect-text.js';

describe('sniffTextKind', () => {
  it.each([
    // layouts.md §6.9
    ['describe pod (new)', 'Name:             crashy-7d4b9c8f6d-x2x9z\nNamespace:        default\nNode:             worker-1/10.0.0.11\nStatus:           Running\n', 'describe-pod'],
    ['describe pod (Priority)', 'Name:         nginx\nNamespace:    default\nPriority:     0\n', 'describe-pod'],
    ['describe pod (old, tabs)', 'Name:\t\tnginx-1\nNamespace:\tdefault\nNode:\t\tnode-1/10.0.0.1\n', 'describe-pod'],
    ['describe pod after a prompt', '$ kubectl describe pod web-1\nName:         web-1\nNamespace:    default\nPriority:     0\n', 'describe-pod'],
    ['describe node', 'Name:               worker-1\nRoles:              <none>\nLabels:             kubernetes.io/hostname=worker-1\nTaints:             <none>\n', 'describe-node'],
    ['describe node (old Role:)', 'Name:\t\t\tnode-a\nRole:\t\t\t\nLabels:\t\t\tx=y\nTaints:\t\t\t<none>\n', 'describe-node'],
    // layouts.md §6.7
    ['get pods -A -o wide', 'NAMESPACE     NAME                       READY   STATUS             RESTARTS        AGE   IP           NODE       NOMINATED NODE   READINESS GATES\n', 'get-pods'],
    ['get pods', 'NAME                                READY     STATUS             RESTARTS   AGE\n', 'get-pods'],
    // layouts.md §6.8
    ['get events -A', 'NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT                        MESSAGE\n', 'get-events'],
    ['get events', 'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n', 'get-events'],
    ['get events (old)', 'LASTSEEN   FIRSTSEEN   COUNT     NAME      KIND      SUBOBJECT   TYPE      REASON    SOURCE    MESSAGE\n', 'get-events'],
    // layouts.md §6.10
    ['df -h', 'Filesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p1  100G   96G  4.0G  97% /\n', 'df'],
    ['df -Ph', 'Filesystem      Size  Used Avail Capacity Mounted on\n', 'df'],
    ['df -al', 'Filesystem     1K-blocks    Used Available Use% Mounted on\n', 'df'],
    ['df -i', 'Filesystem      Inodes  IUsed   IFree IUse% Mounted on\n', 'df'],
  ])('%s → %s', (_label, head, kind) => {
    expect(sniffTextKind(head)).toBe(kind);
  });

  it.each([
    ['JSON', '{"kind":"PodList","items":[]}'],
    ['a kubelet journal', 'Feb 19 14:56:20 controlplane kubelet[3676]: E0219 14:56:20.643012    3676 pod_workers.go:1298] "Error syncing pod, skipping"'],
    ['describe deployment', 'Name:                   web\nNamespace:              default\nCreationTimestamp:      Fri, 14 Jun 2024 07:00:00 +0000\nSelector:               app=web\nReplicas:               3 desired\nPod Template:\n  Containers:\n   web:\n'],
    ['describe job (Start Time, Controlled By at column 0)', 'Name:             job-1\nNamespace:        default\nSelector:         batch.kubernetes.io/controller-uid=1\nControlled By:    CronJob/nightly\nStart Time:       Fri, 14 Jun 2024 07:00:00 +0000\n'],
    ['describe service', 'Name:              web\nNamespace:         default\nType:              ClusterIP\nIP:                10.96.0.10\n'],
    ['empty', ''],
    ['prose', 'The customer says the pods are failing since Monday.'],
  ])('%s → null', (_label, head) => {
    expect(sniffTextKind(head)).toBeNull();
  });
});
