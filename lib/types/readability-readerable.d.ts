declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
