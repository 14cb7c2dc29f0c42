/**
 * Node-level files: which node a file belongs to (from the layout's path) and what kind of log it
 * is (from its path; lines of mixed journals are sorted by their own process name later).
 */
import type { EvidenceKind } from '../model/types.js';

export type NodeLogKind = Extract<EvidenceKind, 'kubelet' | 'containerd' | 'crio' | 'cni' | 'dmesg' | 'disk'> | 'journal';

// troubleshoot host collector types, to tell `host-collectors/<type>/<node>/` from `host-collectors/<node>/<type>/`
const HOST_COLLECTOR_TYPES = new Set([
  'system', 'journald', 'run-host', 'copy', 'diskUsage', 'certificate', 'filesystemPerformance', 'http', 'connect',
  'tcpPortStatus', 'subnetAvailable', 'registry-images', 'dns', 'errors', 'kernelModules', 'sysctl', 'os-release',
]);

/** The node a path names, for the layouts that put node data under a node's folder. */
export function nodeFromPath(path: string): string | null {
  const segs = path.split(/!\/|\//);
  const hc = segs.indexOf('host-collectors');
  if (hc >= 0 && segs.length > hc + 2) {
    const a = segs[hc + 1]!;
    const b = segs[hc + 2]!;
    if (HOST_COLLECTOR_TYPES.has(a)) return segs.length > hc + 3 && !HOST_COLLECTOR_TYPES.has(b) ? b : null;
    return a;
  }
  // must-gather nodes/<node>/..., support-bundle-kit nodes/<node>.zip!/...
  const n = segs.lastIndexOf('nodes');
  if (n >= 0 && segs.length > n + 2) return segs[n + 1]!.replace(/\.(zip|tar\.gz|tgz|tar)$/, '');
  // rancher logs collector: <hostname>-<YYYY-MM-DD_HH_MM_SS>/...
  const rc = /(?:^|\/)([^/]+)-\d{4}-\d\d-\d\d_\d\d_\d\d\/(?:systeminfo|journald|systemlogs|networking|rke2|k3s|rke|kubeadm)\//.exec(path);
  if (rc) return rc[1]!;
  // must-gather: nodes/<node>/<node>_logs_kubelet.gz
  const mg = /(?:^|\/)([^/]+)_logs_(?:kubelet|crio|containerd)(?:\.gz)?$/.exec(path);
  if (mg) return mg[1]!;
  return null;
}

/**
 * The folder whose `hostname` file names the node of the files below it (sosreport, rancher logs
 * collector), or null when the path is in no such folder.
 */
export function hostnameRootOf(path: string): string | null {
  const m = /^(.*?\/?)(?:sos_commands|systeminfo|journald|systemlogs|var\/log)\//.exec(path);
  return m ? m[1]! : null;
}

/** dockerd (dockerd-current on RHEL 7), docker (old unit names), cri-dockerd: Docker runtime journal process names. */
const DOCKER_PROCESS = /^(dockerd(-current)?|docker|cri-dockerd)$/;
/**
 * A Docker daemon or cri-dockerd log by its file name (`docker.txt`, `docker.log`, sosreport's
 * `journalctl_--no-pager_--unit_docker`, `cri-dockerd.log`), not a Docker JSON file
 * (`docker-info.json`, `<id>-json.log` of a container).
 */
const DOCKER_FILE = /^(docker(d)?|cri-dockerd)(\.(txt|log|service))?$|unit_(docker|cri-docker)/;

/** The kind of node log a path suggests, or null when the path says nothing. */
export function nodeLogKindFromPath(path: string): NodeLogKind | null {
  const p = path.toLowerCase();
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (/(^|[^a-z])df([^a-z]|$)|^df[hi]$|diskusage|df_-/.test(base)) return 'disk';
  if (/dmesg|kernel|journalctl_-k|journalctl_--dmesg/.test(base)) return 'dmesg';
  if (/kubelet|kubenswrapper|k3s|rke2|k0s(worker|controller)/.test(base)) return 'kubelet';
  if (/containerd/.test(base) || DOCKER_FILE.test(base)) return 'containerd';
  if (/crio|cri-o/.test(base)) return 'crio';
  if (/calico|flannel|cilium|ipamd|aws-node|weave|multus|cni/.test(p)) return 'cni';
  if (/(^|\/)(messages|syslog|journal)[^/]*$/.test(p) || /journald\//.test(p)) return 'journal';
  return null;
}

/** The evidence kind of one journal line, from the process that wrote it. */
export function kindOfProcess(process: string | undefined, fallback: NodeLogKind): EvidenceKind | null {
  if (!process) return fallback === 'journal' ? null : fallback;
  const p = process.toLowerCase();
  if (p === 'kernel') return 'dmesg';
  if (/kubelet|kubenswrapper|hyperkube|^k3s|^rke2|^k0s/.test(p)) return 'kubelet';
  if (p.startsWith('containerd')) return 'containerd';
  if (p === 'crio' || p === 'cri-o') return 'crio';
  // Docker Engine nodes (dockershim before 1.24, cri-dockerd after): CONTRACT.md's evidence kinds
  // have no Docker, and dockerd runs its containers through containerd, printing the same errors
  if (DOCKER_PROCESS.test(p)) return 'containerd';
  if (/calico|flannel|cilium|ipamd|aws-node|cni/.test(p)) return 'cni';
  return fallback === 'journal' ? null : fallback;
}
