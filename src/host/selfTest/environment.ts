import type { DocumentHost } from "../DocumentHost";

/** A new document to run 自检 on, closed without saving afterwards. */
export interface ScratchDocument {
  host: DocumentHost;
  close(): void;
}

/** Where the pane runs, as 自检 reports it. */
export interface HostEnvironment {
  /** The word processor: WPS 文字, Word, the playground. */
  host: string;
  version: string;
  /** The API sets (Word) or object model (WPS) it offers, one line each. */
  apis: string[];
  /**
   * A scratch document to test the writing operations on; absent where the host cannot open one.
   */
  openScratch?(): Promise<ScratchDocument>;
  /** Why there is no scratch document, said beside each operation not run. */
  noScratchReason?: string;
}

/** A host that can tell 自检 where it runs (each host has it; a test double may not). */
export interface DescribedHost extends DocumentHost {
  environment?(): HostEnvironment | Promise<HostEnvironment>;
}
