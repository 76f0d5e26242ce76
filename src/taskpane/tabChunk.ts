import { laterChunk } from "./laterChunk";

/**
 * A tab's code in its own chunk (laterChunk): the first tab loads at start-up, the others while the
 * pane is idle, so switching shows them with no spinner frame and no moment without controls.
 */
export const tabChunk = laterChunk;
