/**
 * Arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
 * (Ballesteros & Nivre 2013), so exactly one word attaches to the root, last.
 * Words are 1..n; position n + 1 is the root; 0 means "no word".
 *
 * Actions are numbered 0 = SHIFT, 1 + 2l = LEFT with label l (head b0, dependent s0),
 * 2 + 2l = RIGHT with label l (head s1, dependent s0).
 */
export const SHIFT = 0;

export function isLeft(action: number): boolean {
  return action > 0 && action % 2 === 1;
}

export function labelOf(action: number): number {
  return (action - 1) >> 1;
}

export function leftAction(label: number): number {
  return 1 + 2 * label;
}

export function rightAction(label: number): number {
  return 2 + 2 * label;
}

export class ParseState {
  /** Position of the root (n + 1). */
  root = 0;
  /** Number of words. */
  size = 0;
  stack!: Int32Array;
  depth = 0;
  /** Next buffer position (n + 1 = the root). */
  front = 1;
  /** Head of each word (n + 1 = root), -1 while unattached. */
  heads!: Int32Array;
  labels!: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents (0 = none). */
  left1!: Int32Array;
  left2!: Int32Array;
  right1!: Int32Array;
  right2!: Int32Array;
  leftCount!: Int32Array;
  rightCount!: Int32Array;
  /** Bit sets of the labels of each word's left and right dependents (two words of 32 bits). */
  leftLabels!: Uint32Array;
  rightLabels!: Uint32Array;
  private capacity = -1;

  constructor(size: number) {
    this.reset(size);
  }

  /** The initial state of a sentence of `size` words, reusing the arrays when they are large enough. */
  reset(size: number): void {
    const slots = size + 2;
    if (size > this.capacity) {
      this.capacity = size;
      this.stack = new Int32Array(size + 1);
      this.heads = new Int32Array(slots);
      this.labels = new Int32Array(slots);
      this.left1 = new Int32Array(slots);
      this.left2 = new Int32Array(slots);
      this.right1 = new Int32Array(slots);
      this.right2 = new Int32Array(slots);
      this.leftCount = new Int32Array(slots);
      this.rightCount = new Int32Array(slots);
      this.leftLabels = new Uint32Array(slots * 2);
      this.rightLabels = new Uint32Array(slots * 2);
    } else {
      this.left1.fill(0, 0, slots);
      this.left2.fill(0, 0, slots);
      this.right1.fill(0, 0, slots);
      this.right2.fill(0, 0, slots);
      this.leftCount.fill(0, 0, slots);
      this.rightCount.fill(0, 0, slots);
      this.leftLabels.fill(0, 0, slots * 2);
      this.rightLabels.fill(0, 0, slots * 2);
    }
    this.heads.fill(-1, 0, slots);
    this.labels.fill(-1, 0, slots);
    this.size = size;
    this.root = size + 1;
    this.depth = 0;
    this.front = 1;
  }

  get terminal(): boolean {
    return this.front === this.root && this.depth === 0;
  }

  s(index: number): number {
    return this.depth > index ? this.stack[this.depth - 1 - index]! : 0;
  }

  /** Buffer item `index` (0 = front); the root is last; 0 past it. */
  b(index: number): number {
    const position = this.front + index;
    return position <= this.root ? position : 0;
  }

  canShift(): boolean {
    return this.front < this.root;
  }

  canLeft(): boolean {
    return this.depth > 0 && (this.front < this.root || this.depth === 1);
  }

  canRight(): boolean {
    return this.depth > 1;
  }

  isValid(action: number): boolean {
    if (action === SHIFT) return this.canShift();
    return isLeft(action) ? this.canLeft() : this.canRight();
  }

  apply(action: number): void {
    if (action === SHIFT) {
      this.stack[this.depth++] = this.front++;
      return;
    }
    const dependent = this.stack[--this.depth]!;
    const label = labelOf(action);
    if (isLeft(action)) this.attachLeft(this.front, dependent, label);
    else this.attachRight(this.stack[this.depth - 1]!, dependent, label);
  }

  private attachLeft(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    this.left2[head] = this.left1[head]!;
    this.left1[head] = dependent;
    this.leftCount[head]! += 1;
    this.leftLabels[head * 2 + (label >> 5)]! |= 1 << (label & 31);
  }

  private attachRight(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    this.right2[head] = this.right1[head]!;
    this.right1[head] = dependent;
    this.rightCount[head]! += 1;
    this.rightLabels[head * 2 + (label >> 5)]! |= 1 << (label & 31);
  }
}
