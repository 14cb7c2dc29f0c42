/**
 * Accumulates what the parsers read into the one picture (BundleModel): deduplicates pods and
 * events seen in several files or inputs, resolves owners, and works out when the bundle was
 * collected.
 */
import type { RawObject } from '../parse/k8s/read-objects.js';
import { NodeEvidence } from './node-evidence.js';
import { inferKind, toController, toEvent, toNode, toPod } from '../parse/k8s/to-model.js';
import type {
  BundleModel, ContainerLog, ControllerInfo, EventInfo, Gap, InputInfo, NodeInfo, OwnerRef, PodInfo,
} from './types.js';

const key = (...parts: (string | undefined)[]) => parts.map((p) => p ?? '').join('\u0000');

export class ModelBuilder {
  private readonly pods = new Map<string, PodInfo>();
  private readonly events = new Map<string, EventInfo>();
  private readonly nodes = new Map<string, NodeInfo>();
  private readonly controllers = new Map<string, ControllerInfo>();
  private readonly logs = new Map<string, ContainerLog>();
  private readonly gaps: Gap[] = [];
  private readonly unrecognised: string[] = [];
  readonly inputs: InputInfo[] = [];
  readonly nodeEvidence = new NodeEvidence();
  private latestTime = '';
  /** Whether any pod list was read, even an empty one: then a pod that only events name is gone. */
  private podListsSeen = false;
  private collectedAtHint: string | null = null;
  /** Kinds of objects read and how many, for the appendix of what was read. */
  readonly objectCounts = new Map<string, number>();

  addObjects(file: string, objects: RawObject[], pathHint: string | null = null, listKinds: string[] = []): void {
    if (listKinds.includes('Pod') || (pathHint === 'Pod' && objects.length === 0)) this.podListsSeen = true;
    for (const raw of objects) {
      const kind = inferKind(raw.obj, raw.listKind, pathHint) ?? 'Unknown';
      this.objectCounts.set(kind, (this.objectCounts.get(kind) ?? 0) + 1);
      const ref = { file, line: raw.line };
      if (kind === 'Pod') {
        this.podListsSeen = true;
        this.addPod(toPod(raw.obj, ref));
      }
      else if (kind === 'Event') this.addEvent(toEvent(raw.obj, ref));
      else if (kind === 'Node') this.addNode(toNode(raw.obj, ref));
      else {
        const c = toController(raw.obj, kind);
        if (c) this.controllers.set(key(c.kind, c.namespace, c.name), c);
      }
    }
  }

  private seeTime(t: string | null | undefined): void {
    if (t && t > this.latestTime && /^\d{4}-\d\d-\d\dT/.test(t)) this.latestTime = t;
  }

  addPod(pod: PodInfo | null): void {
    if (!pod) return;
    const k = key(pod.namespace, pod.name);
    const prev = this.pods.get(k);
    // The same pod in two files (a bundle and a later dump): keep the copy that knows more of its state.
    if (prev && statusWeight(prev) >= statusWeight(pod)) return;
    this.pods.set(k, pod);
    this.seeTime(pod.creationTimestamp);
    for (const c of pod.conditions) this.seeTime(c.lastTransitionTime);
    for (const c of [...pod.initContainers, ...pod.containers]) {
      this.seeTime(c.state.startedAt);
      this.seeTime(c.state.finishedAt);
      this.seeTime(c.lastState?.finishedAt);
    }
  }

  addEvent(ev: EventInfo | null): void {
    if (!ev) return;
    const k = key(ev.namespace, ev.involved.kind, ev.involved.name, ev.involved.fieldPath, ev.reason, ev.message, ev.firstSeen ?? '');
    const prev = this.events.get(k);
    this.seeTime(ev.lastSeen);
    if (!prev) {
      this.events.set(k, ev);
      return;
    }
    // The same event collected twice: one record, with the larger count and the later last time.
    if (ev.count > prev.count) prev.count = ev.count;
    if (ev.lastSeen && (!prev.lastSeen || ev.lastSeen > prev.lastSeen)) prev.lastSeen = ev.lastSeen;
  }

  addNode(node: NodeInfo | null): void {
    if (!node) return;
    if (!this.nodes.has(node.name)) this.nodes.set(node.name, node);
    for (const c of node.conditions) this.seeTime(c.lastTransitionTime);
  }

  addContainerLog(log: ContainerLog): void {
    this.logs.set(key(log.namespace, log.pod, log.container, String(log.previous)), log);
  }

  addGap(gap: Gap): void {
    if (!this.gaps.some((g) => g.node === gap.node && g.missing === gap.missing)) this.gaps.push(gap);
  }

  addUnrecognised(path: string): void {
    this.unrecognised.push(path);
  }

  /** A collection time stated by the bundle itself (e.g. a troubleshoot folder name). */
  setCollectedAtHint(t: string): void {
    if (!this.collectedAtHint || t > this.collectedAtHint) this.collectedAtHint = t;
  }

  build(): BundleModel {
    const pods = [...this.pods.values()];
    for (const pod of pods) {
      const owner = this.resolveOwner(pod.namespace, pod.ownerRef);
      if (owner) pod.owner = owner;
    }
    const collectedAt = this.collectedAtHint ?? (this.latestTime || null);
    this.nodeEvidence.resolveHostnames();
    this.nodeEvidence.placeYears(collectedAt);
    this.nodeEvidence.anchorBootTimes(collectedAt);
    return {
      inputs: this.inputs,
      collectedAt,
      nodeEvidence: this.nodeEvidence,
      pods,
      events: [...this.events.values()],
      nodes: [...this.nodes.values()],
      controllers: [...this.controllers.values()],
      containerLogs: [...this.logs.values()],
      gaps: this.gaps,
      unrecognised: this.unrecognised,
      podsCollected: this.podListsSeen,
    };
  }

  /**
   * Follows controller owners up (ReplicaSet -> Deployment, Job -> CronJob) as far as the bundle
   * has the objects. Without the ReplicaSet object, a pod-template-hash suffix is enough to name
   * the Deployment, since that is how the Deployment controller names its ReplicaSets.
   */
  private resolveOwner(namespace: string, ref: OwnerRef | undefined): OwnerRef | undefined {
    let current = ref;
    for (let hops = 0; current && hops < 5; hops++) {
      const c = this.controllers.get(key(current.kind, namespace, current.name));
      if (c?.ownerRef) {
        current = c.ownerRef;
        continue;
      }
      if (!c && current.kind === 'ReplicaSet') {
        const m = /^(.+)-[a-z0-9]{5,10}$/.exec(current.name);
        if (m && this.controllers.has(key('Deployment', namespace, m[1]))) return { kind: 'Deployment', name: m[1]! };
      }
      break;
    }
    return current;
  }
}

function statusWeight(p: PodInfo): number {
  return (p.phase ? 1 : 0) + p.containers.filter((c) => !c.statusMissing).length + p.conditions.length;
}
