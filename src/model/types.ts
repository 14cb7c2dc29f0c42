/** The one picture of the bundle that every stage after `model` reads. */
import type { NodeEvidence } from './node-evidence.js';

export type Severity = 'critical' | 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'info'];

export type EvidenceKind =
  | 'status' | 'event' | 'describe' | 'kubelet' | 'containerd' | 'crio' | 'cni'
  | 'dmesg' | 'container-log' | 'node-condition' | 'disk';

/** Where something was read: the path inside the input and the 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Evidence extends SourceRef {
  time: string | null;
  kind: EvidenceKind;
  text: string;
}

export interface Gap {
  node: string | null;
  missing: string;
  impact: string;
}

export interface ContainerState {
  state: 'waiting' | 'running' | 'terminated' | 'unknown';
  reason?: string;
  message?: string;
  exitCode?: number;
  signal?: number;
  startedAt?: string;
  finishedAt?: string;
  /** The id of the container that ran (terminated states carry it): node logs name it. */
  containerID?: string;
}

export interface ContainerInfo {
  name: string;
  init: boolean;
  image?: string;
  imageID?: string;
  containerID?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state: ContainerState;
  lastState?: ContainerState;
  /** True when the spec has it but the status does not (the pod never got that far). */
  statusMissing?: boolean;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface OwnerRef {
  kind: string;
  name: string;
}

export interface PodInfo {
  namespace: string;
  name: string;
  uid?: string;
  phase?: string;
  reason?: string;
  message?: string;
  nodeName?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  startTime?: string;
  conditions: Condition[];
  initContainers: ContainerInfo[];
  containers: ContainerInfo[];
  /** The direct controller owner as the pod names it (e.g. ReplicaSet web-7d9c). */
  ownerRef?: OwnerRef;
  /** The top owner, resolved through ReplicaSet -> Deployment (or Job -> CronJob) when the bundle has it. */
  owner?: OwnerRef;
  ref: SourceRef;
}

export interface InvolvedObject {
  kind?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  fieldPath?: string;
}

export interface EventInfo {
  namespace: string;
  involved: InvolvedObject;
  reason: string;
  message: string;
  type: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  source?: { component?: string; host?: string };
  ref: SourceRef;
}

export interface NodeInfo {
  name: string;
  conditions: Condition[];
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
  addresses: { type: string; address: string }[];
  unschedulable?: boolean;
  kubeletVersion?: string;
  containerRuntimeVersion?: string;
  ref: SourceRef;
}

/** A controller object (ReplicaSet, Job, ...) kept only to resolve pod owners. */
export interface ControllerInfo {
  kind: string;
  namespace: string;
  name: string;
  ownerRef?: OwnerRef;
}

/** The tail of one container's log, kept to show what the process said before it died. */
export interface ContainerLog {
  namespace: string;
  pod: string;
  container: string;
  previous: boolean;
  file: string;
  totalLines: number;
  /** The last lines (bounded), with their 1-based line numbers in `file`. */
  tail: { line: number; text: string }[];
}

export interface InputInfo {
  path: string;
  layouts: string[];
  files: number;
  bytes: number;
}

export interface BundleModel {
  inputs: InputInfo[];
  collectedAt: string | null;
  pods: PodInfo[];
  events: EventInfo[];
  nodes: NodeInfo[];
  controllers: ControllerInfo[];
  containerLogs: ContainerLog[];
  gaps: Gap[];
  /** Files that were read but not recognised, and files passed over, by input. */
  unrecognised: string[];
  /** A pod list was read (even an empty one): pods that only events name are gone, not unknown. */
  podsCollected: boolean;
  /** The telling lines of node logs: per signal and node, and per pod. */
  nodeEvidence: NodeEvidence;
  /** Values of the Secret objects in the bundle: redaction looks for them in every output. */
  secretValues?: string[];
}
