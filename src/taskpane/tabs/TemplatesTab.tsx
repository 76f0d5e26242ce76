import type { DocumentHost } from "../../host/DocumentHost";
import { EmptyState } from "../components/EmptyState";
import { strings } from "../strings";

export function TemplatesTab(_props: { host: DocumentHost }) {
  return <EmptyState text={strings.empty.templates} />;
}
