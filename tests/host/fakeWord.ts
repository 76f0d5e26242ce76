/**
 * A small Word object model over an in-memory document, for testing the Word host.
 * Properties become readable only after load() and context.sync(), through office-addin-mock;
 * every call is logged and every sync counted, so tests can assert round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { DocParagraph, DocPosition } from "../../src/core/document";
import type { WordEnvironment } from "../../src/host/word/capabilities";
import type { SettingsStore, WordRun } from "../../src/host/word/types";

interface Para {
  text: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  isListItem: boolean;
  format: Record<string, unknown>;
  /** What Word reports for its font (name, nameFarEast, size, bold). */
  font?: Record<string, unknown>;
  /** Word's automatic number for a list paragraph (ListItem.listString) and its list level. */
  listString?: string;
  listLevel?: number;
  /**
   * Spans of `text` deleted under track changes: still in `text`, as Word on the web returns it.
   */
  deleted?: Array<[number, number]>;
}

/** A section's headers and footers by type (Primary, FirstPage, EvenPages). */
export interface FakeSection {
  headers: Record<string, string[]>;
  footers: Record<string, string[]>;
}

interface Point {
  para: Para;
  offset: number;
}

const NOT_READY = ["Error, property was not loaded", "Error, context.sync() was not called"];

export class FakeWord {
  paragraphs: Para[];
  selection: { start: Point; end: Point };
  readonly calls: string[] = [];
  syncs = 0;
  private pending: OfficeMockObject[] = [];
  readonly settingsData = new Map<string, unknown>();
  sections: FakeSection[] = [{ headers: {}, footers: {} }];
  /** Each section's page setup as Word reports it (WordApiDesktop 1.3), in points. */
  pageSetup: Record<string, unknown> = {
    pageWidth: 595.3,
    pageHeight: 841.9,
    topMargin: 72,
    bottomMargin: 72,
    leftMargin: 90,
    rightMargin: 90,
    layoutMode: "LineGrid",
    linesPage: 44,
    charsLine: 39,
    oddAndEvenPagesHeaderFooter: false,
  };
  /** Comments in the document, with the author Word gives them (the signed-in user). */
  comments: Array<{
    id: string;
    authorName: string;
    content: string;
    para: Para;
    start: number;
    end: number;
  }> = [];
  userName = "王晓";
  private commentCount = 0;
  /** Requirement sets this Word supports, as "WordApi 1.4". */
  supported = new Set(["WordApi 1.3"]);
  /**
   * The Normal style's font, which Word reports for a paragraph with no direct formatting (pasted
   * plain text); unset, such a paragraph's font reads as unknown.
   */
  styleFont?: Record<string, unknown>;
  readonly supports = (name: string, version: string) => {
    const [major, minor] = version.split(".").map(Number);
    return [...this.supported].some((s) => {
      const [n, v] = s.split(" ");
      const [M, m] = v!.split(".").map(Number);
      return n === name && (M! > major! || (M === major && m! >= minor!));
    });
  };

  /**
   * Members the loaded office.js lacks, as "Class.member" (the npm copy lacks those newer than it).
   */
  readonly missingMembers = new Set<string>();
  platform = "PC";
  /**
   * Where the cursor is: the body, or a header (where Word measures no range from the body's
   * start).
   */
  cursorIn: "body" | "header" = "body";
  /**
   * Whether a call made on a null object fails the whole sync (as a lookup that found nothing does)
   * or gives null objects in turn: Office.js documents neither, so the host must cope with both.
   */
  nullNavigationFails = true;
  /** Failures queued in the batch, thrown by the next sync as Word does. */
  private failures: Array<Error & { code: string }> = [];

  get environment(): WordEnvironment {
    const word = this;
    return {
      supports: this.supports,
      defines: (cls, member) => !this.missingMembers.has(`${cls}.${member}`),
      get platform() {
        return word.platform;
      },
    };
  }

  constructor(initial: DocParagraph[], selection?: { start: DocPosition; end: DocPosition }) {
    this.paragraphs = initial.map((p) => ({
      text: p.text,
      styleBuiltIn: p.level > 0 ? `Heading${p.level}` : "Normal",
      outlineLevel: p.level > 0 ? p.level : 10,
      tableNestingLevel: p.inTable ? 1 : 0,
      isListItem: p.inList,
      format: {},
      ...(p.format
        ? {
            font: {
              name: p.format.eastAsiaFont,
              nameFarEast: p.format.eastAsiaFont,
              size: p.format.sizePt,
              bold: p.format.bold,
            },
          }
        : {}),
    }));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.newPara(""));
    const last = this.paragraphs[this.paragraphs.length - 1]!;
    const fallback = { para: last, offset: last.text.length };
    this.selection = selection
      ? { start: this.point(selection.start), end: this.point(selection.end) }
      : { start: fallback, end: fallback };
  }

  readonly run: WordRun = async (batch) => {
    const context = new OfficeMockObject({ document: {} }) as unknown as Word.RequestContext &
      Record<string, unknown>;
    const document = {
      body: this.body(),
      getSelection: () =>
        this.cursorIn === "header"
          ? this.headerSelection()
          : this.range("document.getSelection", this.selection.start, this.selection.end),
      sections: this.collection("document.sections", () =>
        this.sections.map((s, i) => this.section(s, i))
      ),
    };
    Object.assign(context, {
      document,
      sync: async () => {
        this.syncs++;
        this.calls.push("sync");
        const pending = this.pending;
        const failure = this.failures[0];
        this.pending = [];
        this.failures = [];
        if (failure) throw failure;
        for (const mock of pending) await mock.sync();
      },
    });
    return batch(context);
  };

  readonly settings = (): SettingsStore => ({
    get: (name) => this.settingsData.get(name) ?? null,
    set: (name, value) => void this.settingsData.set(name, value),
    saveAsync: (callback) =>
      callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>),
  });

  /** The members a class offers, less those the loaded office.js lacks. */
  private offered<T extends Record<string, unknown>>(className: string, members: T): Partial<T> {
    return Object.fromEntries(
      Object.entries(members).filter(([name]) => !this.missingMembers.has(`${className}.${name}`))
    ) as Partial<T>;
  }

  /**
   * Word runs a batch's calls in order and stops at the first that fails: nothing queued after it
   * is done.
   */
  private get stopped(): boolean {
    return this.failures.length > 0;
  }

  /**
   * Queue a failure for the next sync: Word reports a failed lookup when the batch runs, not when
   * it is queued.
   */
  private fail(code: string): void {
    this.failures.push(Object.assign(new Error(code), { code }));
  }

  /**
   * What a failed getFirst or a null object's navigation gives: anything called on it is queued,
   * and fails the sync when it must.
   */
  private nothing(code: string, fails: boolean): never {
    if (fails) this.fail(code);
    const self = this;
    const proxy: object = new Proxy(function () {}, {
      get: (_t, key) =>
        key === "isNullObject" ? true : key === "then" ? undefined : key === "items" ? [] : proxy,
      apply: () => {
        if (!fails)
          self.pending.push({ sync: async () => undefined } as unknown as OfficeMockObject);
        return proxy;
      },
      set: () => true,
    });
    return proxy as never;
  }

  /** A null object (…OrNullObject): isNullObject readable after the next sync. */
  private nullObject(name: string): never {
    this.calls.push(name);
    let ready = false;
    this.pending.push({ sync: async () => void (ready = true) } as unknown as OfficeMockObject);
    const navigation = () => this.nothing("GeneralException", this.nullNavigationFails);
    return new Proxy({} as Record<string, unknown>, {
      get: (_t, key) => {
        if (key === "isNullObject") {
          if (!ready) throw new Error(`${name}.isNullObject read before sync()`);
          return true;
        }
        if (key === "then") return undefined;
        if (key === "load") return () => navigation();
        if (key === "text") throw new Error("text of a null object");
        return navigation();
      },
    }) as never;
  }

  /** The cursor in the first section's primary header. */
  private headerSelection(): Word.Range {
    this.calls.push("document.getSelection");
    const key = "0:header:Primary";
    if (!this.partParas.has(key))
      this.partParas.set(
        key,
        (this.sections[0]!.headers["Primary"] ?? [""]).map((text) => this.newPara(text))
      );
    const para = this.partParas.get(key)![0]!;
    return this.range("", { para, offset: 0 }, { para, offset: 0 });
  }

  /** Paragraph index and offset of a point, for assertions. */
  position(point: Point): DocPosition {
    return { paragraph: this.paragraphs.indexOf(point.para), offset: point.offset };
  }

  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  private newPara(text: string): Para {
    return {
      text,
      styleBuiltIn: "Normal",
      outlineLevel: 10,
      tableNestingLevel: 0,
      isListItem: false,
      format: {},
    };
  }

  private point(position: DocPosition): Point {
    return { para: this.paragraphs[position.paragraph]!, offset: position.offset };
  }

  /** A point's paragraph index in the body, or in the header or footer that holds it. */
  private index(point: Point): number {
    const i = this.paragraphs.indexOf(point.para);
    if (i >= 0) return i;
    for (const paras of this.partParas.values())
      if (paras.includes(point.para)) return paras.indexOf(point.para);
    throw new Error("Point in a deleted paragraph");
  }

  /** Both points in the body, or both in one header or footer. */
  private sameStory(a: Point, b: Point): boolean {
    const story = (p: Point) =>
      this.paragraphs.includes(p.para)
        ? "body"
        : [...this.partParas.entries()].find(([, paras]) => paras.includes(p.para))?.[0];
    return story(a) === story(b);
  }

  private compare(a: Point, b: Point): number {
    return this.index(a) - this.index(b) || a.offset - b.offset;
  }

  /** Values read through office-addin-mock: readable only after load() and sync(). */
  private loadable<T extends object>(
    values: () => Record<string, unknown>,
    target: T
  ): T & { load(fields?: string): T } {
    let mock: OfficeMockObject | undefined;
    const out = target as T & { load(fields?: string): T };
    out.load = (fields?: string) => {
      mock = new OfficeMockObject(values(), "word" as never);
      mock.load(fields ?? Object.keys(values()).join(","));
      this.pending.push(mock);
      return target;
    };
    for (const key of Object.keys(values())) {
      // Objects the target models itself (a paragraph's font) stay its own.
      if (Object.prototype.hasOwnProperty.call(target, key)) continue;
      Object.defineProperty(target, key, {
        configurable: true,
        get: () => {
          const value = mock?.[key];
          if (mock === undefined || NOT_READY.includes(value as string)) {
            throw new Error(`${key} read before load() and sync()`);
          }
          return value;
        },
        set: (value: unknown) => this.setProperty(target, key, value),
      });
    }
    return out;
  }

  private setProperty(target: object, key: string, value: unknown): void {
    const para = (target as { _para?: Para })._para;
    this.calls.push(`paragraph.${key}=${String(value)}`);
    if (this.stopped) return;
    if (!para) throw new Error(`Cannot set ${key} here`);
    if (key === "styleBuiltIn") {
      para.styleBuiltIn = String(value);
      const heading = /^Heading(\d)$/.exec(String(value));
      para.outlineLevel = heading ? Number(heading[1]) : 10;
    } else para.format[key] = value;
  }

  /** The text as it reads once tracked deletions are accepted. */
  private accepted(para: Para): string {
    let text = para.text;
    for (const [start, end] of [...(para.deleted ?? [])].sort((a, b) => b[0] - a[0]))
      text = text.slice(0, start) + text.slice(end);
    return text;
  }

  /** A ClientResult: its value readable after the next sync. */
  private result(name: string, value: () => string): OfficeExtension.ClientResult<string> {
    this.calls.push(name);
    let ready = false;
    this.pending.push({ sync: async () => void (ready = true) } as unknown as OfficeMockObject);
    return {
      get value() {
        if (!ready) throw new Error(`${name} read before sync()`);
        return value();
      },
    } as OfficeExtension.ClientResult<string>;
  }

  private readonly partParas = new Map<string, Para[]>();

  /** A header's or footer's paragraphs now, for assertions. */
  partTexts(section: number, kind: "header" | "footer", type = "Primary"): string[] {
    return (this.partParas.get(`${section}:${kind}:${type}`) ?? []).map((p) => p.text);
  }

  private section(section: FakeSection, index: number) {
    const container = (kind: "header" | "footer", type: string) => {
      this.calls.push(`section${index}.get${kind === "header" ? "Header" : "Footer"}(${type})`);
      const key = `${index}:${kind}:${type}`;
      if (!this.partParas.has(key))
        this.partParas.set(
          key,
          ((kind === "header" ? section.headers : section.footers)[type] ?? [""]).map((text) =>
            this.newPara(text)
          )
        );
      const paras = this.partParas.get(key)!;
      return {
        paragraphs: this.collection(`section${index}.${kind}(${type}).paragraphs`, () =>
          paras.map((p) => this.paragraph(p))
        ),
      };
    };
    const self = this;
    const pageSetup = this.loadable(() => ({ ...this.pageSetup }), {
      set(values: Record<string, unknown>) {
        self.calls.push(`section${index}.pageSetup.set(${JSON.stringify(values)})`);
        Object.assign(self.pageSetup, values);
      },
    });
    for (const key of ["charsLine", "linesPage"]) {
      Object.defineProperty(pageSetup, key, {
        set: (value: unknown) => {
          this.calls.push(`section${index}.pageSetup.${key}=${String(value)}`);
          this.pageSetup[key] = value;
        },
      });
    }
    const footerBody = (type: string) => {
      const body = container("footer", type);
      return {
        ...body,
        clear: () => {
          this.calls.push(`section${index}.footer(${type}).clear()`);
          const paras = this.partParas.get(`${index}:footer:${type}`)!;
          paras.splice(0, paras.length, this.newPara(""));
        },
      };
    };
    return {
      ...this.offered("Section", { pageSetup }),
      getHeader: (type: string) => container("header", type),
      getFooter: footerBody,
    };
  }

  private body() {
    return {
      getReviewedText: (version: string) =>
        this.result(`body.getReviewedText(${version})`, () =>
          this.paragraphs.map((p) => this.accepted(p)).join("\r")
        ),
      ...this.offered("Body", {
        getTrackedChanges: () => {
          this.calls.push("body.getTrackedChanges()");
          return this.collection("trackedChanges", () =>
            this.paragraphs.flatMap((p) =>
              (p.deleted ?? []).map(() => this.loadable(() => ({ type: "Deleted" }), {}))
            )
          );
        },
      }),
      getComments: () => {
        this.calls.push("body.getComments()");
        return this.collection("comments", () => this.comments.map((c) => this.comment(c)));
      },
      paragraphs: this.collection("body.paragraphs", () =>
        this.paragraphs.map((p) => this.paragraph(p))
      ),
      getRange: (where: string) => {
        this.calls.push(`body.getRange(${where})`);
        const first = this.paragraphs[0]!;
        return this.range("", { para: first, offset: 0 }, { para: first, offset: 0 });
      },
    };
  }

  private collection<T extends object>(name: string, items: () => T[]) {
    const self = this;
    let loaded: T[] | undefined;
    let ready = false;
    return {
      load(fields: string) {
        self.calls.push(`${name}.load(${fields})`);
        loaded = items();
        const inner = fields
          .split(",")
          .map((f) => f.replace(/^items\//, ""))
          .join(",");
        // load("items") asks for the items alone, none of their properties.
        if (inner !== "items")
          for (const item of loaded) (item as unknown as { load?(f: string): void }).load?.(inner);
        self.pending.push({ sync: async () => void (ready = true) } as unknown as OfficeMockObject);
        return this;
      },
      get items(): T[] {
        if (!loaded || !ready) throw new Error(`${name}.items read before load() and sync()`);
        return loaded;
      },
      getFirst(): T {
        self.calls.push(`${name}.getFirst()`);
        const all = items();
        if (all.length === 0) return self.nothing("ItemNotFound", true);
        return all[0]!;
      },
      getFirstOrNullObject(): T {
        self.calls.push(`${name}.getFirstOrNullObject()`);
        const all = items();
        if (all.length === 0) return self.nullObject(`${name}.first`);
        const first = all[0]!;
        Object.defineProperty(first, "isNullObject", { value: false, configurable: true });
        return first;
      },
      getLast(): T {
        self.calls.push(`${name}.getLast()`);
        const all = items();
        if (all.length === 0) return self.nothing("ItemNotFound", true);
        return all[all.length - 1]!;
      },
    };
  }

  private paragraph(para: Para): Word.Paragraph {
    const self = this;
    const font = new Proxy({} as Record<string, unknown>, {
      get: (_t, key) => para.font?.[String(key)] ?? self.styleFont?.[String(key)],
      set(_t, key, value) {
        self.calls.push(`paragraph.font.${String(key)}=${String(value)}`);
        para.format[`font.${String(key)}`] = value;
        return true;
      },
    });
    const target = {
      _para: para,
      font,
      getRange: (where: string) => {
        this.calls.push(`paragraph.getRange(${where})`);
        const start = { para, offset: 0 };
        const end = { para, offset: para.text.length };
        const next = this.paragraphs[this.paragraphs.indexOf(para) + 1];
        if (where === "Start") return this.range("", start, start);
        if (where === "End") return this.range("", end, end);
        // The whole paragraph ends after its mark: at the next paragraph's start, or past the last
        // one's text.
        if (where === "Whole")
          return this.range(
            "",
            start,
            next ? { para: next, offset: 0 } : { para, offset: para.text.length + 1 }
          );
        return this.range("", start, end);
      },
      getNext: () => {
        this.calls.push("paragraph.getNext()");
        const next = this.paragraphs[this.paragraphs.indexOf(para) + 1];
        if (!next) return this.nothing("ItemNotFound", true);
        return this.paragraph(next);
      },
      insertParagraph: (text: string, where: string) => {
        this.calls.push(`paragraph.insertParagraph(${text},${where})`);
        if (this.stopped) return this.nothing("", false);
        const created = this.newPara(text);
        const at = this.paragraphs.indexOf(para) + (where === "After" ? 1 : 0);
        this.paragraphs.splice(at, 0, created);
        return this.paragraph(created);
      },
      insertText: (text: string, where: string) => {
        this.calls.push(`paragraph.insertText(${text},${where})`);
        if (where === "End")
          return this.range(
            "",
            { para, offset: para.text.length },
            { para, offset: para.text.length }
          ).insertText(text, "End");
        if (where !== "Start") throw new Error("Only Start and End are modelled");
        return this.range("", { para, offset: 0 }, { para, offset: 0 }).insertText(text, "Start");
      },
      search: (needle: string, options: Word.SearchOptions) => {
        this.calls.push(`paragraph.search(${needle},${JSON.stringify(options)})`);
        if (needle.length > 255) {
          this.fail("SearchStringInvalidOrTooLong");
          return this.collection("searchResults", () => []);
        }
        const plain = needle.replace(/\^\^/g, "^");
        const found: Word.Range[] = [];
        for (
          let at = para.text.indexOf(plain);
          plain && at !== -1;
          at = para.text.indexOf(plain, at + plain.length)
        ) {
          found.push(this.range("", { para, offset: at }, { para, offset: at + plain.length }));
        }
        return this.collection("searchResults", () => found);
      },
      getReviewedText: (version: string) =>
        this.result(`paragraph.getReviewedText(${version})`, () =>
          version === "Current" ? this.accepted(para) : para.text
        ),
      ...this.offered("Paragraph", {
        getText: (options: { IncludeTextMarkedAsDeleted?: boolean }) =>
          this.result(`paragraph.getText(${JSON.stringify(options)})`, () =>
            options.IncludeTextMarkedAsDeleted === false ? this.accepted(para) : para.text
          ),
      }),
      select: () => {
        this.calls.push("paragraph.select()");
        this.selection = { start: { para, offset: 0 }, end: { para, offset: para.text.length } };
      },
    };
    return this.loadable(
      () => ({
        text: para.text,
        styleBuiltIn: para.styleBuiltIn,
        outlineLevel: para.outlineLevel,
        tableNestingLevel: para.tableNestingLevel,
        isListItem: para.isListItem,
        listItemOrNullObject:
          para.listString !== undefined
            ? { isNullObject: false, listString: para.listString, level: para.listLevel ?? 0 }
            : { isNullObject: true, listString: "", level: 0 },
        alignment: para.format.alignment ?? "Left",
        firstLineIndent: para.format.firstLineIndent ?? 0,
        font: { name: "", nameFarEast: "", size: 0, bold: false, ...this.styleFont, ...para.font },
        leftIndent: 0,
        rightIndent: 0,
        lineSpacing: 12,
        spaceBefore: 0,
        spaceAfter: 0,
      }),
      target
    ) as unknown as Word.Paragraph;
  }

  private comment(comment: FakeWord["comments"][number]): Word.Comment {
    const target = {
      delete: () => {
        this.calls.push(`comment.delete(${comment.id})`);
        this.comments = this.comments.filter((c) => c !== comment);
      },
    };
    return this.loadable(
      () => ({ id: comment.id, authorName: comment.authorName, content: comment.content }),
      target
    ) as unknown as Word.Comment;
  }

  private range(name: string, start: Point, end: Point): Word.Range {
    if (name) this.calls.push(name);
    const textOf = () => {
      const a = this.index(start);
      const b = this.index(end);
      if (a === b) return start.para.text.slice(start.offset, end.offset);
      const parts = [start.para.text.slice(start.offset)];
      for (let i = a + 1; i < b; i++) parts.push(this.paragraphs[i]!.text);
      parts.push(end.para.text.slice(0, end.offset));
      return parts.join("\r");
    };
    const target = {
      paragraphs: this.collection("range.paragraphs", () => {
        const a = this.index(start);
        let b = this.index(end);
        if (b > a && end.offset === 0) b--;
        return this.paragraphs.slice(a, b + 1).map((p) => this.paragraph(p));
      }),
      getRange: (where: string) => {
        this.calls.push(`range.getRange(${where})`);
        if (where === "Start") return this.range("", start, start);
        if (where === "End") return this.range("", end, end);
        return this.range("", start, end);
      },
      expandTo: (other: Word.Range) => {
        this.calls.push("range.expandTo()");
        const o = (other as unknown as { _points: [Point, Point] })._points;
        if (!this.sameStory(o[0], start)) return this.nothing("InvalidArgument", true);
        const s = this.compare(o[0], start) < 0 ? o[0] : start;
        const e = this.compare(o[1], end) > 0 ? o[1] : end;
        return this.range("", s, e);
      },
      expandToOrNullObject: (other: Word.Range) => {
        const o = (other as unknown as { _points: [Point, Point] })._points;
        if (!this.sameStory(o[0], start)) return this.nullObject("range.expandToOrNullObject()");
        this.calls.push("range.expandToOrNullObject()");
        const s = this.compare(o[0], start) < 0 ? o[0] : start;
        const e = this.compare(o[1], end) > 0 ? o[1] : end;
        const range = this.range("", s, e);
        Object.defineProperty(range, "isNullObject", { value: false, configurable: true });
        return range;
      },
      insertText: (text: string, where: string) => {
        this.calls.push(`range.insertText(${text},${where})`);
        if (this.stopped) return this.nothing("", false);
        if (this.index(start) !== this.index(end) && where === "Replace")
          throw new Error("Multi-paragraph replace is not modelled");
        const at = where === "Start" || where === "Replace" ? start : end;
        const cut = where === "Replace" ? end.offset : at.offset;
        const para = at.para;
        const shift = (p: Point) =>
          p.para === para && p.offset >= cut
            ? { para, offset: p.offset - (cut - at.offset) + text.length }
            : p;
        this.selection = { start: shift(this.selection.start), end: shift(this.selection.end) };
        para.text = para.text.slice(0, at.offset) + text + para.text.slice(cut);
        return this.range(
          "",
          { para, offset: at.offset },
          { para, offset: at.offset + text.length }
        );
      },
      font: new Proxy({} as Record<string, unknown>, {
        set: (_t, key, value) => {
          this.calls.push(`range(${textOf()}).font.${String(key)}=${String(value)}`);
          return true;
        },
      }),
      ...this.offered("Range", {
        insertField: (where: string, type: string) => {
          this.calls.push(`range.insertField(${where},${type})`);
          // The field's result: the page number Word shows on the first page.
          end.para.text =
            end.para.text.slice(0, end.offset) + "1" + end.para.text.slice(end.offset);
        },
      }),
      insertComment: (content: string) => {
        this.calls.push(`range.insertComment(${content})`);
        if (start.para !== end.para) throw new Error("Multi-paragraph comments are not modelled");
        const comment = {
          id: `{C${++this.commentCount}}`,
          authorName: this.userName,
          content,
          para: start.para,
          start: start.offset,
          end: end.offset,
        };
        this.comments.push(comment);
        return this.comment(comment);
      },
      select: (mode?: string) => {
        this.calls.push(`range.select(${mode ?? ""})`);
        if (mode === "End") this.selection = { start: end, end };
        else if (mode === "Start") this.selection = { start, end: start };
        else this.selection = { start, end };
      },
      _points: [start, end],
    };
    return this.loadable(() => ({ text: textOf() }), target) as unknown as Word.Range;
  }
}
