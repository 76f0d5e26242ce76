// The 提法 data files. A new file is imported and listed here; npm run validate:content checks that
// none is left out.
import type { FormulationFile, TitleCatalogue } from "./record";
import titles from "./titles.json";
import political from "./political.json";
import theory from "./theory.json";
import campaigns from "./campaigns.json";
import organization from "./organization.json";
import members from "./members.json";
import conduct from "./conduct.json";
import discipline from "./discipline.json";
import ideology from "./ideology.json";
import responsibility from "./responsibility.json";
import integration from "./integration.json";

/** Each data file with its name, as the loader and the validation read them. */
export const FORMULATION_FILES: ReadonlyArray<{ file: string; data: FormulationFile }> = [
  { file: "political.json", data: political as FormulationFile },
  { file: "theory.json", data: theory as FormulationFile },
  { file: "campaigns.json", data: campaigns as FormulationFile },
  { file: "organization.json", data: organization as FormulationFile },
  { file: "members.json", data: members as FormulationFile },
  { file: "conduct.json", data: conduct as FormulationFile },
  { file: "discipline.json", data: discipline as FormulationFile },
  { file: "ideology.json", data: ideology as FormulationFile },
  { file: "responsibility.json", data: responsibility as FormulationFile },
  { file: "integration.json", data: integration as FormulationFile },
];

/**
 * Real documents' titles: a title near one of them is compared with it, and none of them is ever
 * corrected.
 */
export const TITLE_CATALOGUE: TitleCatalogue = titles as TitleCatalogue;
