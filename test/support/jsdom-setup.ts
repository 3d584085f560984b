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
