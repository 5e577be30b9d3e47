// The inverted index's posting lists: for each term, the claims that hold it (ascending) and its weight in each.
//
// Built in two passes into flat typed arrays rather than one growing array per term. A thousand-document set holds
// about 1.6 million postings: as per-term arrays of numbers (16 bytes a posting), every growth step copied the list
// and left the old one as garbage in the old generation, and each list kept up to half again as much unused room.
// Here each claim's terms are appended to a staging buffer as it is read, then laid out by term once, 5 to 6 bytes
// a posting: weights are a handful of distinct values (whole counts, multiples of the meaning weight), so a posting
// stores a small number standing for its weight.

/**
 * One term's postings: positions [start, end) of shared tables (no view object per look-up), claims ascending.
 * `claim(k)` and `weight(k)` take k in [0, length).
 */
export class PostingList {
  constructor(
    private readonly claims: ArrayLike<number>,
    /** Per posting, its weight: an index into `weightValues`, or (without ids) the weights themselves. */
    private readonly weightIds: ArrayLike<number> | undefined,
    private readonly weightValues: ArrayLike<number>,
    private readonly start = 0,
    readonly length = claims.length,
  ) {}
  claim(k: number): number {
    return this.claims[this.start + k];
  }
  weight(k: number): number {
    return this.weightIds ? this.weightValues[this.weightIds[this.start + k]] : this.weightValues[this.start + k];
  }
}

export interface Postings {
  get(term: string): PostingList | undefined;
  /** Every term with its list, for the on-disk cache. */
  entries(): Iterable<[string, PostingList]>;
}

/** Collects each claim's terms as the claims are indexed, in order, then lays the postings out by term. */
export class PostingsBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly weightIds = new Map<number, number>();
  /** Per posting: its term's number, and its weight (summed as the claim is read, a number for it once done). */
  private staged = new Int32Array(1 << 16);
  private stagedWeights = new Int32Array(1 << 16);
  private claimWeights: number[] = [];
  private size = 0;
  /** Where each claim's postings start. */
  private claimStarts: number[] = [];
  /**
   * Per term number, the last claim that holds it and its place among that claim's weights, so a term met twice in a
   * claim adds up.
   */
  private lastClaim: number[] = [];
  private lastAt: number[] = [];

  /** Starts the next claim; claims come numbered 0, 1, 2, … in the order they are added. */
  startClaim(claim: number): void {
    if (claim !== this.claimStarts.length) throw new Error(`postings: claim ${claim} added out of order`);
    this.endClaim();
    this.claimStarts.push(this.size);
  }

  /** A term of the current claim, with its weight; a term added again adds its weight. */
  add(term: string, weight: number): void {
    let id = this.termIds.get(term);
    if (id === undefined) {
      this.termIds.set(term, (id = this.termIds.size));
      this.lastClaim.push(-1);
      this.lastAt.push(0);
    }
    const claim = this.claimStarts.length - 1;
    if (this.lastClaim[id] === claim) {
      this.claimWeights[this.lastAt[id]] += weight;
      return;
    }
    if (this.size === this.staged.length) this.grow();
    this.lastClaim[id] = claim;
    this.lastAt[id] = this.claimWeights.length;
    this.staged[this.size++] = id;
    this.claimWeights.push(weight);
  }

  /** The current claim's weights, summed, become numbers standing for them. */
  private endClaim(): void {
    const start = this.claimStarts.length ? this.claimStarts[this.claimStarts.length - 1] : 0;
    for (let k = 0; k < this.claimWeights.length; k++) {
      const weight = this.claimWeights[k];
      let w = this.weightIds.get(weight);
      if (w === undefined) this.weightIds.set(weight, (w = this.weightIds.size));
      this.stagedWeights[start + k] = w;
    }
    this.claimWeights.length = 0;
  }

  private grow(): void {
    const staged = new Int32Array(this.staged.length * 2);
    staged.set(this.staged);
    const weights = new Int32Array(staged.length);
    weights.set(this.stagedWeights);
    this.staged = staged;
    this.stagedWeights = weights;
  }

  /** A counting sort by term; claims are visited in order, so each term's claims come out ascending. */
  finish(): Postings {
    this.endClaim();
    const termCount = this.termIds.size;
    const offsets = new Int32Array(termCount + 1);
    for (let k = 0; k < this.size; k++) offsets[this.staged[k] + 1]++;
    for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];
    const claims = new Int32Array(this.size);
    const distinct = this.weightIds.size;
    const weightIds = distinct <= 256 ? new Uint8Array(this.size) : distinct <= 65536 ? new Uint16Array(this.size) : new Uint32Array(this.size);
    const weightValues = Float64Array.from(this.weightIds.keys());
    const next = offsets.slice(0, termCount);
    this.claimStarts.push(this.size);
    for (let c = 0; c + 1 < this.claimStarts.length; c++) {
      for (let k = this.claimStarts[c]; k < this.claimStarts[c + 1]; k++) {
        const at = next[this.staged[k]]++;
        claims[at] = c;
        weightIds[at] = this.stagedWeights[k];
      }
    }
    const termIds = this.termIds;
    // Done with the staging buffers: drop them now rather than with the builder.
    this.staged = this.stagedWeights = new Int32Array(0);
    this.claimStarts = [];
    this.lastClaim = [];
    this.lastAt = [];
    this.size = 0;
    const list = (id: number) => new PostingList(claims, weightIds, weightValues, offsets[id], offsets[id + 1] - offsets[id]);
    return {
      get: (term) => {
        const id = termIds.get(term);
        return id === undefined ? undefined : list(id);
      },
      *entries() {
        for (const [term, id] of termIds) yield [term, list(id)];
      },
    };
  }
}

/**
 * Postings restored from the on-disk cache, still encoded: most terms of a large set are never searched, so each
 * list is decoded when a search first asks for it.
 */
export function encodedPostings(encoded: Record<string, string>): Postings {
  const decoded = new Map<string, PostingList>();
  return {
    get: (term) => {
      let list = decoded.get(term);
      if (!list && Object.hasOwn(encoded, term)) decoded.set(term, (list = decodePostings(encoded[term])));
      return list;
    },
    *entries() {
      for (const term of Object.keys(encoded)) yield [term, decoded.get(term) ?? decodePostings(encoded[term])];
    },
  };
}

/**
 * A posting list as text: gaps between claim numbers in base 36, weights (not always whole) after a "*" in their
 * exact decimal form, a weight of 1 left out. Smaller than the JSON array, and parsing a string allocates no array.
 */
export function encodePostings(list: PostingList): string {
  const parts: string[] = [];
  let previous = 0;
  for (let k = 0; k < list.length; k++) {
    const gap = (list.claim(k) - previous).toString(36);
    const weight = list.weight(k);
    parts.push(weight === 1 ? gap : `${gap}*${weight}`);
    previous = list.claim(k);
  }
  return parts.join(",");
}

export function decodePostings(text: string): PostingList {
  const claims: number[] = [];
  const weights: number[] = [];
  let claim = 0;
  for (const part of text.split(",")) {
    const star = part.indexOf("*");
    claim += parseInt(star < 0 ? part : part.slice(0, star), 36);
    claims.push(claim);
    weights.push(star < 0 ? 1 : Number(part.slice(star + 1)));
  }
  return new PostingList(claims, undefined, weights);
}
