/**
 * Which runtime wrote a node log, by the journal's process name or by the file's name. Docker
 * Engine nodes (dockerd, cri-dockerd) count as the container runtime under the kind `containerd`:
 * CONTRACT.md's evidence kinds have no Docker, and dockerd runs containers through containerd.
 */
import { describe, expect, it } from 'vitest';
import { kindOfProcess, nodeLogKindFromPath } from '../../src/locate/node-sources.js';

describe('kindOfProcess (journal lines)', () => {
  it.each([
    ['kubelet', 'kubelet'],
    ['kubenswrapper', 'kubelet'],
    ['k3s', 'kubelet'],
    ['containerd', 'containerd'],
    ['crio', 'crio'],
    ['dockerd', 'containerd'],
    ['docker', 'containerd'],
    ['cri-dockerd', 'containerd'],
    // RHEL/CentOS 7's docker package
    ['dockerd-current', 'containerd'],
    ['kernel', 'dmesg'],
    ['calico-node', 'cni'],
    // not a runtime: Docker's port proxy, and anything else in a mixed journal
    ['docker-proxy', null],
    ['sshd', null],
    [undefined, null],
  ] as const)('%s -> %s', (process, kind) => {
    expect(kindOfProcess(process, 'journal')).toBe(kind);
  });
});

describe('nodeLogKindFromPath', () => {
  it.each([
    ['support-bundle/host-collectors/node-1/journald/docker.txt', 'containerd'],
    ['sosreport-node-1/sos_commands/docker/journalctl_--no-pager_--unit_docker', 'containerd'],
    ['rancher-logs/node-1/journald/dockerd', 'containerd'],
    ['node-1/var/log/docker.log', 'containerd'],
    ['node-1/var/log/cri-dockerd.log', 'containerd'],
    ['host-collectors/node-1/journald/containerd.txt', 'containerd'],
    ['host-collectors/node-1/journald/crio.txt', 'crio'],
    ['host-collectors/node-1/journald/kubelet.txt', 'kubelet'],
    // Docker's JSON files are not its daemon log
    ['host-collectors/node-1/journald/docker-info.json', 'journal'],
    ['node-1/var/lib/docker/containers/1f60e5/1f60e5-json.log', null],
    ['node-1/etc/docker/daemon.json', null],
  ] as const)('%s -> %s', (path, kind) => {
    expect(nodeLogKindFromPath(path)).toBe(kind);
  });
});
