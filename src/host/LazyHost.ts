import type { BlockParagraph, CommentRequest, DocSnapshot, TextEdit } from "../core/document";
import type { LayoutPlan } from "../core/layout/plan";
import type {
  CommentsHost,
  DocumentHost,
  InsertBlockOptions,
  InsertTextOptions,
} from "./DocumentHost";
import type { DescribedHost, HostEnvironment } from "./selfTest/environment";

/**
 * A document host whose code loads when it is first needed (or when asked to warm up): the pane's
 * first screen goes live without it. Whether it has comments must be known at once, so it is given.
 */
export class LazyHost implements DocumentHost {
  private loaded?: Promise<DocumentHost>;
  readonly comments?: CommentsHost;

  constructor(
    private readonly load: () => Promise<DocumentHost>,
    hasComments: boolean
  ) {
    if (hasComments) {
      this.comments = {
        add: (requests: readonly CommentRequest[]) =>
          this.host().then((host) => host.comments!.add(requests)),
        removeOwn: () => this.host().then((host) => host.comments!.removeOwn()),
      };
    }
  }

  /** What 自检 shows of the host, from the host itself. */
  async environment(): Promise<HostEnvironment> {
    const host = (await this.host()) as DescribedHost;
    return (await host.environment?.()) ?? { host: "未知", version: "", apis: [] };
  }

  /** Start loading the host's code now, so that the first action does not wait for it. */
  warm(): void {
    void this.host();
  }

  private host(): Promise<DocumentHost> {
    return (this.loaded ??= this.load());
  }

  read(): Promise<DocSnapshot> {
    return this.host().then((host) => host.read());
  }
  insertBlock(paragraphs: BlockParagraph[], options: InsertBlockOptions) {
    return this.host().then((host) => host.insertBlock(paragraphs, options));
  }
  insertText(text: string, options?: InsertTextOptions) {
    return this.host().then((host) => host.insertText(text, options));
  }
  select(target: { paragraph: number; start?: number; end?: number }) {
    return this.host().then((host) => host.select(target));
  }
  replace(edit: TextEdit) {
    return this.host().then((host) => host.replace(edit));
  }
  replaceEach(edits: readonly TextEdit[]) {
    return this.host().then((host) => host.replaceEach(edits));
  }
  getSetting(key: string) {
    return this.host().then((host) => host.getSetting(key));
  }
  setSetting(key: string, value: string) {
    return this.host().then((host) => host.setSetting(key, value));
  }
  applyLayout(plan: LayoutPlan) {
    return this.host().then((host) => host.applyLayout(plan));
  }
}
