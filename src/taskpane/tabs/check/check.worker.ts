// The check, run off the task pane's thread so that the pane answers while a long report is
// checked.
import { checkDocument } from "../../../core/check/check";
import type { CheckRequest, CheckResponse } from "./checkOffThread";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = ({ data: { id, paragraphs, typeId, options } }) => {
  try {
    scope.postMessage({ id, result: checkDocument(paragraphs, typeId, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
