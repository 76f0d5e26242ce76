import { COMMENT_AUTHOR, parseCommentIds } from "../../core/check/ownComments";
import type { CommentRequest } from "../../core/document";
import type { CommentsHost } from "../DocumentHost";
import { escapeSearchText, MAX_SEARCH_LENGTH, occurrencesBefore } from "./search";
import { readableText } from "./text";
import type { WordRun } from "./WordHost";

/**
 * Comments per sync: Word hangs on undo after four or more comments inserted in one sync
 * (office-js #4566), so three go at a time.
 */
export const COMMENTS_PER_SYNC = 3;

/** Where the ids of the comments this tool added are kept (a document setting). */
export interface CommentIdStore {
  get(): Promise<string | undefined>;
  set(value: string): Promise<void>;
}

interface Placed {
  range: Word.Range;
  text: string;
}

const batches = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / COMMENTS_PER_SYNC) }, (_, i) => items.slice(i * COMMENTS_PER_SYNC, (i + 1) * COMMENTS_PER_SYNC));

/** Word comments over Office.js (WordApi 1.4): Range.insertComment, Body.getComments, Comment.delete. */
export class WordComments implements CommentsHost {
  constructor(
    private readonly run: WordRun,
    private readonly ids: CommentIdStore,
  ) {}

  /**
   * One sync reads the body's paragraphs; one more finds the texts that are not the first of their
   * kind in their paragraph (when there are any); then one sync per three comments.
   */
  async add(requests: readonly CommentRequest[]): Promise<{ added: number; skipped: number }> {
    const added: string[] = [];
    let skipped = 0;
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const later: Array<{ found: Word.RangeCollection; nth: number; text: string }> = [];
      const placed: Placed[] = [];
      for (const request of requests) {
        const paragraph = paragraphs.items[request.paragraph];
        const text = paragraph ? readableText(paragraph.text) : undefined;
        if (!paragraph || text === undefined || text.slice(request.start, request.end) !== request.expected || request.start === request.end) {
          skipped++;
          continue;
        }
        const whole = request.start === 0 && request.end === text.length;
        if (whole || request.expected.length > MAX_SEARCH_LENGTH) {
          placed.push({ range: paragraph.getRange("Content"), text: request.text });
          continue;
        }
        const search = paragraph.search(escapeSearchText(request.expected), { matchCase: true });
        const nth = occurrencesBefore(text, request.expected, request.start);
        if (nth === 0) placed.push({ range: search.getFirst(), text: request.text });
        else later.push({ found: search.load("items"), nth, text: request.text });
      }
      if (later.length > 0) {
        await context.sync();
        for (const { found, nth, text } of later) {
          const range = found.items[nth];
          if (range) placed.push({ range, text });
          else skipped++;
        }
      }
      for (const batch of batches(placed)) {
        const comments = batch.map(({ range, text }) => range.insertComment(text).load("id"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- three comments a sync keep Word's undo working (office-js #4566)
        await context.sync();
        added.push(...comments.map((c) => c.id));
      }
    });
    if (added.length > 0) await this.ids.set(JSON.stringify([...parseCommentIds(await this.ids.get()), ...added]));
    return { added: added.length, skipped };
  }

  /** One sync lists the comments; then one per three removed. Others' comments are left alone. */
  async removeOwn(): Promise<number> {
    const own = new Set(parseCommentIds(await this.ids.get()));
    const removed = await this.run(async (context) => {
      const comments = context.document.body.getComments().load("items/id,items/authorName");
      await context.sync();
      const mine = comments.items.filter((c) => own.has(c.id) || c.authorName === COMMENT_AUTHOR);
      for (const batch of batches(mine)) {
        for (const comment of batch) comment.delete();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the same batches as adding, so undo stays usable
        await context.sync();
      }
      return mine.length;
    });
    await this.ids.set("[]");
    return removed;
  }
}
