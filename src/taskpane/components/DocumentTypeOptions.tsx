import { Option } from "@fluentui/react-components";
import type { DocumentTypeDef } from "../../content/types";

/** The document types in force as options of a Dropdown. */
export function DocumentTypeOptions({ types }: { types: readonly DocumentTypeDef[] }) {
  return (
    <>
      {types.map((d) => (
        <Option key={d.id} value={d.id}>
          {d.name}
        </Option>
      ))}
    </>
  );
}
