import type { DocumentHost } from "../../host/DocumentHost";
import { EmptyState } from "../components/EmptyState";
import { strings } from "../strings";

export function PhrasesTab(_props: { host: DocumentHost }) {
  return <EmptyState text={strings.empty.phrases} />;
}
