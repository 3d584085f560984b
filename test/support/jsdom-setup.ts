/** jsdom has no layout, hence no ResizeObserver; Fluent's MessageBar needs one to exist (it never fires here). */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

/** Nor scrolling: the preview brings a selected field into view with scrollIntoView. */
if (typeof window !== "undefined" && !("scrollIntoView" in window.HTMLElement.prototype)) {
  Object.assign(window.HTMLElement.prototype, { scrollIntoView(): void {} });
}

/**
 * findBy… and waitFor wait for the pane's work (a check, an adoption): on a busy two-core machine that can take
 * longer than Testing Library's default second. A generous limit costs nothing where the text comes, and a test
 * whose text never comes still fails.
 */
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only jsdom tests load Testing Library
  require("@testing-library/dom").configure({ asyncUtilTimeout: 10_000 });
}

/**
 * Nor the encoding and stream classes that browsers and Node both have (the OParl client reads answers as streams):
 * jsdom's window lacks them, so they come from Node.
 */
if (typeof window !== "undefined" && typeof TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's own modules, for jsdom tests only
  const { TextEncoder, TextDecoder } = require("util");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  const { ReadableStream } = require("stream/web");
  Object.assign(globalThis, { TextEncoder, TextDecoder, ReadableStream });
}
