/**
 * Brings Kubernetes objects of every serialization seen in bundles to the one API shape
 * (camelCase, `metadata`, `items`). Old `kubectl cluster-info dump` (about v1.13) wrote the
 * internal Go types: `Items`, metadata fields directly on the item, PascalCase `Spec`/`Status`,
 * `LastTerminationState`, `InvolvedObject`.
 */

type Json = unknown;

const META_KEYS = [
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation',
  'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations',
  'ownerReferences', 'finalizers',
];

/** Keys whose values are maps of user data: their keys are left exactly as they are. */
const OPAQUE_KEYS = new Set(['labels', 'annotations', 'data', 'stringData', 'binaryData', 'capacity', 'allocatable', 'nodeSelector', 'Labels', 'Annotations', 'Data', 'Capacity', 'Allocatable', 'NodeSelector']);

const RENAMES: Record<string, string> = { lastTerminationState: 'lastState' };

/** `APIVersion` -> `apiVersion`, `UID` -> `uid`, `PodIP` -> `podIP`, `ContainerStatuses` -> `containerStatuses`. */
export function camelKey(key: string): string {
  if (key.length === 0) return key;
  const first = key.charCodeAt(0);
  if (first < 65 || first > 90) return key;
  let run = 0;
  while (run < key.length && key.charCodeAt(run) >= 65 && key.charCodeAt(run) <= 90) run++;
  let out: string;
  if (run === key.length) out = key.toLowerCase();
  else if (run === 1) out = key[0]!.toLowerCase() + key.slice(1);
  else out = key.slice(0, run - 1).toLowerCase() + key.slice(run - 1);
  return RENAMES[out] ?? out;
}

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A null-prototype copy so that keys such as `__proto__` from the bundle stay plain data. */
/** How deep a copy goes; deeper values are dropped (no Kubernetes object needs more). */
export const MAX_OBJECT_DEPTH = 64;

function normalizeValue(v: Json, depth: number): Json {
  if (depth > MAX_OBJECT_DEPTH) return null;
  if (Array.isArray(v)) return v.map((x) => normalizeValue(x, depth + 1));
  if (!isPlainObject(v)) return v;
  const out: Record<string, Json> = Object.create(null) as Record<string, Json>;
  for (const [k, val] of Object.entries(v)) {
    const key = camelKey(k);
    out[key] = OPAQUE_KEYS.has(k) ? copyOpaque(val) : normalizeValue(val, depth + 1);
  }
  return out;
}

function copyOpaque(v: Json): Json {
  if (!isPlainObject(v)) return v;
  const out: Record<string, Json> = Object.create(null) as Record<string, Json>;
  for (const [k, val] of Object.entries(v)) out[k] = typeof val === 'object' ? null : val;
  return out;
}

/**
 * An object already in the API shape (a `metadata` object, no PascalCase key at the top) needs no
 * copy: JSON.parse and the YAML parser make `__proto__` an own data property, never a prototype.
 */
function inApiShape(v: Json): v is Record<string, Json> {
  if (!isPlainObject(v) || !isPlainObject(v['metadata'])) return false;
  for (const k in v) {
    const c = k.charCodeAt(0);
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

/**
 * Normalises one object (an item, or a whole document). `shallow` says the text it came from nests
 * no deeper than the copy would keep: then an object already in the API shape is used as it is.
 */
export function normalizeObject(v: Json, shallow = false): Record<string, Json> | null {
  if (shallow && inApiShape(v)) return v;
  const n = normalizeValue(v, 0);
  if (!isPlainObject(n)) return null;
  if (!isPlainObject(n['metadata']) && typeof n['name'] === 'string') {
    const meta: Record<string, Json> = Object.create(null) as Record<string, Json>;
    for (const k of META_KEYS) {
      if (k in n) {
        meta[k] = n[k];
        delete n[k];
      }
    }
    n['metadata'] = meta;
  }
  return n;
}

/** The elements of a list document in any of its shapes (bare array, `items`, `Items`, `null`). */
export function listElements(doc: Json): Json[] | null {
  if (doc === null) return [];
  if (Array.isArray(doc)) return doc;
  if (isPlainObject(doc)) {
    const items = doc['items'] ?? doc['Items'];
    if (Array.isArray(items)) return items;
    if (items === null && ('kind' in doc || 'Items' in doc)) return [];
  }
  return null;
}
