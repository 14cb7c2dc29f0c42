// Seeded pseudo-random numbers for the synthetic bundles. Math.random is not used anywhere in the
// generator: the same seed and parameters must give the same bytes, so that a bundle cached in
// bench/out/ and a freshly generated one are interchangeable, and figures are comparable run to run.

/** mulberry32: tiny, fast, good enough for test data (not for anything secret). */
export function createRng(seed) {
  const seed0 = seed >>> 0;
  let a = seed0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng = {
    next,
    /** Integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** Integer in [lo, hi]. */
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    /** Lower-case hex of `n` digits (container ids are 64, pod-template hashes 10). */
    hex: (n) => {
      let s = '';
      while (s.length < n) s += ((next() * 4294967296) >>> 0).toString(16).padStart(8, '0');
      return s.slice(0, n);
    },
    /** Random-looking but reproducible RFC 4122 v4 uuid. */
    uuid: () => {
      const h = rng.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    /** kube-style random suffix (`-x2x9z`): consonants and digits, no vowels. */
    suffix: (n = 5) => {
      const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    /**
     * An independent stream named by `label`, derived from the seed and not from the draws made so
     * far: adding draws in one part of the generator does not shift what another part produces.
     */
    fork: (label) => createRng(hashString(label) ^ seed0),
  };
  return rng;
}

/** FNV-1a, to turn labels into seeds. */
export function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
