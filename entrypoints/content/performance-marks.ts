// Performance marks and measures the content script records; tests and the bench read them from the page.

export const SCAN_START_MARK = 'miner-margin:scan-start';
/** The first full pass ended: the annotator's, or the first stage's look that found no candidate amount. */
export const SCAN_MEASURE = 'miner-margin:scan';
/** From the first pass's start to when it has read (and shown the marks of) what the reader sees. */
export const VIEWPORT_MEASURE = 'miner-margin:viewport';
