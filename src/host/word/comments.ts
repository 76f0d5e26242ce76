import { COMMENT_AUTHOR, parseCommentIds } from "../../core/check/ownComments";
import type { CommentRequest } from "../../core/document";
import type { CommentsHost } from "../DocumentHost";
import { queueRange } from "./locate";
import { readableText } from "./text";
import type { WordRun } from "./types";

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

const batches = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / COMMENTS_PER_SYNC) }, (_, i) =>
    items.slice(i * COMMENTS_PER_SYNC, (i + 1) * COMMENTS_PER_SYNC)
  );

/**
 * Word comments over Office.js (WordApi 1.4): Range.insertComment, Body.getComments,
 * Comment.delete.
 */
export class WordComments implements CommentsHost {
  constructor(
    private readonly run: WordRun,
    private readonly ids: CommentIdStore
  ) {}

  /**
   * One sync reads the body's paragraphs; one more looks every text up; then one sync per three
   * comments. A text Word cannot find (a field or a mark inside it) is skipped and counted.
   */
  async add(requests: readonly CommentRequest[]): Promise<{ added: number; skipped: number }> {
    const added: string[] = [];
    let skipped = 0;
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const queued = requests.flatMap((request) => {
        const paragraph = paragraphs.items[request.paragraph];
        const text = paragraph ? readableText(paragraph.text) : undefined;
        if (
          !paragraph ||
          text === undefined ||
          text.slice(request.start, request.end) !== request.expected ||
          request.start === request.end
        ) {
          skipped++;
          return [];
        }
        return [
          { place: queueRange(paragraph, text, request.start, request.end), text: request.text },
        ];
      });
      await context.sync();
      const placed: Placed[] = queued.flatMap(({ place, text }) => {
        const range = place.range();
        if (!range) skipped++;
        return range ? [{ range, text }] : [];
      });
      for (const batch of batches(placed)) {
        const comments = batch.map(({ range, text }) => range.insertComment(text).load("id"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- three comments a sync keep Word's undo working (office-js #4566)
        await context.sync();
        added.push(...comments.map((c) => c.id));
      }
    });
    if (added.length > 0)
      await this.ids.set(JSON.stringify([...parseCommentIds(await this.ids.get()), ...added]));
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
