/**
 * Turns normalised Kubernetes objects into the model's records. Objects of unexpected shape
 * (missing fields, wrong types) give partial records or none; nothing here throws on bundle data.
 */
import type {
  Condition, ContainerInfo, ContainerState, ControllerInfo, EventInfo, NodeInfo, OwnerRef, PodInfo, SourceRef,
} from '../../model/types.js';

type Obj = Record<string, unknown>;

const CONTROLLER_KINDS = new Set(['ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController']);

function obj(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return undefined;
}
function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) {
    if (typeof val === 'string' || typeof val === 'number') out[k] = String(val);
  }
  return out;
}

/** What kind of object this is: its own `kind`, the kind its list implies, or its shape. */
export function inferKind(o: Obj, listKind: string | null, pathHint?: string | null): string | null {
  const own = str(o['kind']);
  if (own) return own;
  if (listKind) return listKind;
  const spec = obj(o['spec']);
  const status = obj(o['status']);
  if ('involvedObject' in o || ('regarding' in o && 'note' in o)) return 'Event';
  if (Array.isArray(spec['containers']) || Array.isArray(status['containerStatuses'])) return 'Pod';
  if ('nodeInfo' in status || ('podCIDR' in spec && !('template' in spec))) return 'Node';
  if (pathHint) return pathHint;
  return null;
}

function condition(v: unknown): Condition | null {
  const c = obj(v);
  const type = str(c['type']);
  if (!type) return null;
  const out: Condition = { type, status: str(c['status']) ?? 'Unknown' };
  const reason = str(c['reason']);
  const message = str(c['message']);
  const ltt = str(c['lastTransitionTime']);
  if (reason) out.reason = reason;
  if (message) out.message = message;
  if (ltt) out.lastTransitionTime = ltt;
  return out;
}

function containerState(v: unknown): ContainerState | undefined {
  const s = obj(v);
  for (const state of ['waiting', 'running', 'terminated'] as const) {
    if (!(state in s) || s[state] === null || s[state] === undefined) continue;
    const d = obj(s[state]);
    const out: ContainerState = { state };
    const reason = str(d['reason']);
    const message = str(d['message']);
    const exitCode = num(d['exitCode']);
    const signal = num(d['signal']);
    const startedAt = str(d['startedAt']);
    const finishedAt = str(d['finishedAt']);
    if (reason) out.reason = reason;
    if (message) out.message = message;
    if (exitCode !== undefined) out.exitCode = exitCode;
    if (signal !== undefined && signal !== 0) out.signal = signal;
    if (startedAt && !startedAt.startsWith('0001-')) out.startedAt = startedAt;
    if (finishedAt && !finishedAt.startsWith('0001-')) out.finishedAt = finishedAt;
    const containerID = str(d['containerID']);
    if (containerID) out.containerID = containerID;
    return out;
  }
  return undefined;
}

function containers(specList: unknown, statusList: unknown, init: boolean): ContainerInfo[] {
  const statuses = new Map<string, Obj>();
  for (const s of arr(statusList)) {
    const name = str(obj(s)['name']);
    if (name) statuses.set(name, obj(s));
  }
  const out: ContainerInfo[] = [];
  const seen = new Set<string>();
  const specs = arr(specList).map(obj);
  // Containers in spec order; statuses of containers the spec does not list (a spec that was not collected) after.
  const names = [...specs.map((s) => str(s['name'])).filter((n): n is string => !!n), ...statuses.keys()];
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const spec = specs.find((s) => s['name'] === name) ?? {};
    const st = statuses.get(name);
    const c: ContainerInfo = {
      name,
      init,
      ready: st?.['ready'] === true,
      restartCount: num(st?.['restartCount']) ?? 0,
      state: containerState(st?.['state']) ?? { state: 'unknown' },
    };
    const image = str(spec['image']) ?? str(st?.['image']);
    if (image) c.image = image;
    const imageID = str(st?.['imageID']);
    if (imageID) c.imageID = imageID;
    const containerID = str(st?.['containerID']);
    if (containerID) c.containerID = containerID;
    if (typeof st?.['started'] === 'boolean') c.started = st['started'] as boolean;
    const last = containerState(st?.['lastState']);
    if (last) c.lastState = last;
    if (!st) c.statusMissing = true;
    out.push(c);
  }
  return out;
}

function controllerOwner(meta: Obj): OwnerRef | undefined {
  const refs = arr(meta['ownerReferences']).map(obj);
  const ref = refs.find((r) => r['controller'] === true) ?? refs[0];
  if (!ref) return undefined;
  const kind = str(ref['kind']);
  const name = str(ref['name']);
  return kind && name ? { kind, name } : undefined;
}

export function toPod(o: Obj, ref: SourceRef): PodInfo | null {
  const meta = obj(o['metadata']);
  const name = str(meta['name']);
  if (!name) return null;
  const spec = obj(o['spec']);
  const status = obj(o['status']);
  const pod: PodInfo = {
    namespace: str(meta['namespace']) ?? 'default',
    name,
    conditions: arr(status['conditions']).map(condition).filter((c): c is Condition => c !== null),
    initContainers: containers(spec['initContainers'], status['initContainerStatuses'], true),
    containers: containers(spec['containers'], status['containerStatuses'], false),
    ref,
  };
  const set = <K extends keyof PodInfo>(k: K, v: PodInfo[K] | undefined) => {
    if (v !== undefined) pod[k] = v;
  };
  set('uid', str(meta['uid']));
  set('phase', str(status['phase']));
  set('reason', str(status['reason']));
  set('message', str(status['message']));
  set('nodeName', str(spec['nodeName']));
  set('creationTimestamp', str(meta['creationTimestamp']));
  set('deletionTimestamp', str(meta['deletionTimestamp']));
  set('startTime', str(status['startTime']));
  set('ownerRef', controllerOwner(meta));
  return pod;
}

export function toEvent(o: Obj, ref: SourceRef): EventInfo | null {
  const meta = obj(o['metadata']);
  // events.k8s.io/v1 names the fields differently (regarding, note, deprecated*).
  const involved = obj(o['involvedObject'] ?? o['regarding']);
  const reason = str(o['reason']);
  if (!reason) return null;
  const series = obj(o['series']);
  const firstSeen = str(o['firstTimestamp']) ?? str(o['deprecatedFirstTimestamp']) ?? str(o['eventTime']) ?? str(meta['creationTimestamp']) ?? null;
  const lastSeen = str(o['lastTimestamp']) ?? str(o['deprecatedLastTimestamp']) ?? str(series['lastObservedTime']) ?? str(o['eventTime']) ?? firstSeen;
  const source = obj(o['source'] ?? o['deprecatedSource']);
  const ev: EventInfo = {
    namespace: str(involved['namespace']) ?? str(meta['namespace']) ?? 'default',
    involved: {},
    reason,
    message: str(o['message']) ?? str(o['note']) ?? '',
    type: str(o['type']) ?? 'Normal',
    count: num(o['count']) ?? num(series['count']) ?? num(o['deprecatedCount']) ?? 1,
    firstSeen,
    lastSeen,
    ref,
  };
  for (const k of ['kind', 'namespace', 'name', 'uid', 'fieldPath'] as const) {
    const v = str(involved[k]);
    if (v) ev.involved[k] = v;
  }
  const component = str(source['component']) ?? str(o['reportingComponent']) ?? str(o['reportingController']);
  const host = str(source['host']) ?? str(o['reportingInstance']);
  if (component || host) ev.source = { ...(component ? { component } : {}), ...(host ? { host } : {}) };
  return ev;
}

export function toNode(o: Obj, ref: SourceRef): NodeInfo | null {
  const meta = obj(o['metadata']);
  const name = str(meta['name']);
  if (!name) return null;
  const spec = obj(o['spec']);
  const status = obj(o['status']);
  const info = obj(status['nodeInfo']);
  const node: NodeInfo = {
    name,
    conditions: arr(status['conditions']).map(condition).filter((c): c is Condition => c !== null),
    capacity: strMap(status['capacity']),
    allocatable: strMap(status['allocatable']),
    addresses: arr(status['addresses']).map(obj)
      .filter((a) => str(a['type']) && str(a['address']))
      .map((a) => ({ type: a['type'] as string, address: a['address'] as string })),
    ref,
  };
  if (spec['unschedulable'] === true) node.unschedulable = true;
  const kv = str(info['kubeletVersion']);
  const rv = str(info['containerRuntimeVersion']);
  if (kv) node.kubeletVersion = kv;
  if (rv) node.containerRuntimeVersion = rv;
  return node;
}

export function toController(o: Obj, kind: string): ControllerInfo | null {
  if (!CONTROLLER_KINDS.has(kind)) return null;
  const meta = obj(o['metadata']);
  const name = str(meta['name']);
  if (!name) return null;
  const c: ControllerInfo = { kind, namespace: str(meta['namespace']) ?? 'default', name };
  const owner = controllerOwner(meta);
  if (owner) c.ownerRef = owner;
  return c;
}

export function isControllerKind(kind: string): boolean {
  return CONTROLLER_KINDS.has(kind);
}
