// happy-dom has no StaticRange; browsers have had it for years (the content script marks with it). This follows the
// DOM standard's constructor: it records the boundary points and checks that neither is an Attr or DocumentType.

interface StaticRangeInit {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

class StaticRangeForTests {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;

  constructor(init: StaticRangeInit) {
    for (const node of [init.startContainer, init.endContainer]) {
      if (node.nodeType === 2 || node.nodeType === 10) {
        throw new DOMException('StaticRange: invalid boundary node', 'InvalidNodeTypeError');
      }
    }
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }

  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** Defines StaticRange where the environment lacks it. */
export function installStaticRange(): void {
  const scope = globalThis as { StaticRange?: unknown };
  scope.StaticRange ??= StaticRangeForTests;
}
