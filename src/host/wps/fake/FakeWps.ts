/* eslint-disable @typescript-eslint/no-this-alias -- the model's getter objects need the document or range they belong to */
/**
 * A WPS 文字 application in memory, written from the documented object model (the Word/VBA model
 * that WPS's JS API follows), covering exactly what WpsHost calls. It keeps the quirks that make
 * computed offsets wrong: a table cell's end mark is one position but reads as \r\u0007, and a
 * field's code takes positions that Range.Text leaves out. It proves the host against our reading
 * of the documentation, not against WPS itself. Used by the tests and by the playground's
 * ?host=wps.
 */
import type { DocParagraph } from "../../../core/document";
import type { WpsApplication, WpsSelection } from "../model";
import { FakeWpsDocument } from "./FakeWpsDocument";

export { FakeWpsDocument } from "./FakeWpsDocument";
export type { FakeField } from "./FakeWpsDocument";
export { FakeRange } from "./FakeRange";

/** The application: its documents, the active one and its selection. */
export class FakeWps implements WpsApplication {
  readonly Name = "WPS 文字（模拟）";
  readonly Version = "模拟对象模型";
  UserName = "张三";
  readonly documents: FakeWpsDocument[] = [];
  private active: FakeWpsDocument | null = null;
  private added = 0;
  readonly ActiveWindow = { ScrollIntoView: () => undefined };

  constructor(paragraphs?: readonly DocParagraph[]) {
    this.open(new FakeWpsDocument(this, "文字文稿1", paragraphs));
  }

  get ActiveDocument(): FakeWpsDocument | null {
    return this.active;
  }

  get Documents() {
    const app = this;
    return {
      get Count() {
        return app.documents.length;
      },
      Item: (index: number) => app.documents[index - 1]!,
      Add: () => app.open(new FakeWpsDocument(app, `文字文稿${++app.added + 1}`)),
    };
  }

  get Selection(): WpsSelection {
    const doc = this.active;
    if (!doc) throw new Error("没有活动文档");
    return {
      Start: doc.selection.Start,
      End: doc.selection.End,
      Range: doc.Range(doc.selection.Start, doc.selection.End),
    };
  }

  open(doc: FakeWpsDocument): FakeWpsDocument {
    this.documents.push(doc);
    this.active = doc;
    return doc;
  }

  activate(doc: FakeWpsDocument): void {
    this.active = doc;
  }

  close(doc: FakeWpsDocument): void {
    this.documents.splice(this.documents.indexOf(doc), 1);
    if (this.active === doc) this.active = this.documents[this.documents.length - 1] ?? null;
  }
}
