/**
 * Names the bundle layouts an input shows (troubleshoot, cluster-info dump, ...), from the paths
 * it holds and what was found in them. Layouts are reported, never required: anything else is
 * still read by content.
 */

export type Layout = 'troubleshoot' | 'cluster-info-dump' | 'must-gather' | 'sosreport' | 'support-bundle-kit' | 'rancher-logs-collector' | 'kubectl-dump';

/** Path markers of the layouts that have one (layouts.md §0). */
const MARKERS: [Layout, RegExp][] = [
  // must-gather / oc adm inspect: cluster-scoped-resources/, namespaces/<ns>/<group>/, namespaces/<ns>/<ns>.yaml
  ['must-gather', /(?:^|\/)(?:cluster-scoped-resources\/|namespaces\/[^/]+\/(?:core|apps|pods)\/|namespaces\/([^/]+)\/\1\.yaml$)/],
  ['sosreport', /(?:^|\/)sos_commands\//],
  ['support-bundle-kit', /(?:^|\/)yamls\/(?:cluster|namespaced)\//],
  ['rancher-logs-collector', /(?:^|\/)(?:systeminfo\/(?:dmesg|dfh|hostname)|collector-output\.log)$/],
];

const TROUBLESHOOT_DIR = /(?:^|\/)(?:support-?bundle[^/]*|preflightbundle[^/]*)\/(?:cluster-resources|version\.yaml)|(?:^|\/)cluster-resources\/(?:pods|events|nodes\.json)/;
const TROUBLESHOOT_TIME = /(?:^|\/)support-bundle-(\d{4}-\d\d-\d\d)T(\d\d)_(\d\d)_(\d\d)(?:\/|$)/;
const CLUSTER_INFO_NS_FILE = /(?:^|\/)([^/]+)\/(pods|events|replicasets|deployments|services|daemonsets|replication-controllers)\.(json|yaml|txt)$/;
const CLUSTER_INFO_LOGS = /(?:^|\/)[^/]+\/[^/]+\/logs\.txt$/;

export class LayoutDetector {
  private readonly found = new Set<Layout>();
  private clusterInfoNsFiles = 0;
  private nodesAtRoot = false;
  private clusterInfoLogs = 0;
  collectedAt: string | null = null;

  seePath(path: string): void {
    if (TROUBLESHOOT_DIR.test(path)) this.found.add('troubleshoot');
    for (const [layout, marker] of MARKERS) if (marker.test(path)) this.found.add(layout);
    const t = TROUBLESHOOT_TIME.exec(path);
    if (t) this.collectedAt = `${t[1]}T${t[2]}:${t[3]}:${t[4]}Z`;
    if (!path.includes('cluster-resources/') && !path.includes('namespaces/') && !path.includes('yamls/')) {
      if (CLUSTER_INFO_NS_FILE.test(path)) this.clusterInfoNsFiles++;
      if (/(?:^|\/)nodes\.(json|yaml|txt)$/.test(path)) this.nodesAtRoot = true;
      if (CLUSTER_INFO_LOGS.test(path)) this.clusterInfoLogs++;
    }
  }

  /** A file that turned out to be a cluster-info stream (documents and log blocks in one file). */
  seeClusterInfoStream(): void {
    this.found.add('cluster-info-dump');
  }

  seePlainObjects(): void {
    this.plainObjects = true;
  }
  private plainObjects = false;

  layouts(): Layout[] {
    const out = new Set(this.found);
    if (this.nodesAtRoot && (this.clusterInfoNsFiles > 0 || this.clusterInfoLogs > 0) && !out.has('troubleshoot')) out.add('cluster-info-dump');
    if (out.size === 0 && this.plainObjects) out.add('kubectl-dump');
    return [...out];
  }
}
