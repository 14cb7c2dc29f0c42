/**
 * A row of `kubectl get pods` says less than the pod object: its STATUS column is the one fact.
 * It becomes a pod whose one container shows that status, so the same detection applies; a richer
 * copy of the same pod from a JSON or describe dump replaces it.
 */
import type { ContainerInfo, PodInfo } from '../model/types.js';
import type { TablePod } from './text/index.js';

const NOT_A_REASON = new Set(['Running', 'Completed', 'Succeeded', 'Pending', 'Terminating', 'Unknown', 'Failed', 'Error']);

export function podFromTableRow(row: TablePod): PodInfo {
  const init = row.status.startsWith('Init:');
  const status = init ? row.status.slice(5) : row.status;
  const ready = row.ready.ready === row.ready.total && row.ready.total > 0;
  const c: ContainerInfo = {
    name: init ? '(init container)' : '(container)',
    init,
    ready,
    restartCount: row.restarts,
    state: NOT_A_REASON.has(status) || /^\d+\/\d+$/.test(status) ? { state: status === 'Running' ? 'running' : 'unknown' } : { state: 'waiting', reason: status },
    statusMissing: true,
  };
  const pod: PodInfo = {
    namespace: row.namespace || 'default',
    name: row.name,
    conditions: [],
    initContainers: init ? [c] : [],
    containers: init ? [] : [c],
    ref: row.ref,
  };
  const phase = row.phase ?? (status === 'Running' ? 'Running' : undefined);
  if (phase) pod.phase = phase;
  if (status === 'Evicted') pod.reason = 'Evicted';
  if (row.node && row.node !== '<none>') pod.nodeName = row.node;
  return pod;
}
