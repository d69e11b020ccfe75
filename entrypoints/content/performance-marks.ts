// Performance marks and measures the content script records; tests and the bench read them from the page.

export const SCAN_START_MARK = 'miner-margin:scan-start';
/** The first full pass ended: the annotator's, or the first stage's look that found no candidate amount. */
export const SCAN_MEASURE = 'miner-margin:scan';
/** From the first pass's start to when it has read (and shown the marks of) what the reader sees. */
export const VIEWPORT_MEASURE = 'miner-margin:viewport';
/** The first stage's look at the page (every page of an enabled site). */
export const FIRST_LOOK_MARK = 'miner-margin:first-look';
/** From the first stage's look to the annotator's start, where the page holds a candidate amount. */
export const ANNOTATOR_LOAD_MEASURE = 'miner-margin:annotator-load';
