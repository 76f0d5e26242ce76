import type { CommentRequest } from "../../core/document";
import { COMMENT_AUTHOR } from "../../core/check/ownComments";
import type { CommentsHost } from "../DocumentHost";
import { ParagraphLocator, paragraphsOf } from "./locate";
import type { WpsComment, WpsDocument } from "./model";
import { readable } from "./text";

type Step = (doc: WpsDocument, name: string, edit: () => void) => void;

/**
 * What marks a comment as this tool's: its text and the text it is on, remembered when it was
 * added.
 */
interface OwnMark {
  text: string;
  on: string;
}

function parseMarks(json: string | undefined): OwnMark[] {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(value)
      ? value.filter((m): m is OwnMark => typeof m?.text === "string" && typeof m?.on === "string")
      : [];
  } catch {
    return [];
  }
}

/**
 * Comments in WPS: added on text found with Find, with 党建写作助手 as their author. Removing takes
 * the comments by that author, and those whose text and anchor were remembered when added (in
 * case this WPS keeps the user's name as the author); others' comments stay.
 */
export class WpsComments implements CommentsHost {
  constructor(
    private readonly document: () => WpsDocument,
    private readonly step: Step,
    private readonly marks: {
      get(): Promise<string | undefined>;
      set(value: string): Promise<void>;
    }
  ) {}

  async add(requests: readonly CommentRequest[]): Promise<{ added: number; skipped: number }> {
    const doc = this.document();
    const paragraphs = paragraphsOf(doc);
    const placed = requests.flatMap((request) => {
      const paragraph = paragraphs[request.paragraph];
      if (!paragraph || request.start === request.end) return [];
      const located = new ParagraphLocator(doc, paragraph);
      if (located.text.slice(request.start, request.end) !== request.expected) return [];
      const range = located.range(request.start, request.end);
      return range ? [{ range, request }] : [];
    });
    const added: OwnMark[] = [];
    if (placed.length > 0) {
      this.step(doc, "添加批注", () => {
        for (const { range, request } of placed) {
          const comment = doc.Comments.Add(range, request.text);
          comment.Author = COMMENT_AUTHOR;
          comment.Initial = COMMENT_AUTHOR.slice(0, 2);
          added.push({ text: request.text, on: request.expected });
        }
      });
      await this.marks.set(JSON.stringify([...parseMarks(await this.marks.get()), ...added]));
    }
    return { added: placed.length, skipped: requests.length - placed.length };
  }

  async removeOwn(): Promise<number> {
    const doc = this.document();
    const marks = parseMarks(await this.marks.get());
    const own = (comment: WpsComment) =>
      comment.Author === COMMENT_AUTHOR ||
      marks.some(
        (m) => m.text === readable(comment.Scope.Text) && m.on === readable(comment.Range.Text)
      );
    const comments = doc.Comments;
    const mine: WpsComment[] = [];
    for (let i = comments.Count; i >= 1; i--) {
      const comment = comments.Item(i);
      if (own(comment)) mine.push(comment);
    }
    if (mine.length > 0)
      this.step(doc, "删除批注", () => mine.forEach((comment) => comment.Delete()));
    await this.marks.set("[]");
    return mine.length;
  }
}
