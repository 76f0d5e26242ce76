import { Option } from "@fluentui/react-components";
import { DOCUMENT_TYPES } from "../../content/documentTypes";

/** The document types as options of a Dropdown. */
export function DocumentTypeOptions() {
  return (
    <>
      {DOCUMENT_TYPES.map((d) => (
        <Option key={d.id} value={d.id}>
          {d.name}
        </Option>
      ))}
    </>
  );
}
