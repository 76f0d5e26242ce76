// The classes the checks' matchers are made of, by name: what dist-cli/checks.bin may hold
// (src/core/frozen). A class missing here fails the build, not a user's check. Asked for
// when first needed: the modules of these classes import the entries that checks.bin holds.
import type { ClassTable } from "../core/frozen";
import { FormulationMatcher } from "../core/formulation";
import { AnchorSearch, GroupedAnchorSearch } from "../core/formulation/anchors";
import { HistoricalMatcher } from "../core/formulation/historical";
import { NameComparison } from "../core/formulation/names";
import { PhraseComparison } from "../core/formulation/phrases";
import { ReorderComparison } from "../core/formulation/reordered";
import { MultiSearch, SkippingSearch } from "../core/multiSearch";
import { TypoChecker } from "../core/typo";
import { CharacterLists, Confusables } from "../core/typo/confusable";
import { Lexicon } from "../core/typo/lexicon";
import { NearMissFinder } from "../core/typo/nearMiss";
import { ShortWordFinder } from "../core/typo/shortWords";
import { WrongFormFinder } from "../core/typo/wrongForms";

export const checkClasses = (): ClassTable => ({
  FormulationMatcher,
  AnchorSearch,
  GroupedAnchorSearch,
  HistoricalMatcher,
  NameComparison,
  PhraseComparison,
  ReorderComparison,
  MultiSearch,
  SkippingSearch,
  TypoChecker,
  CharacterLists,
  Confusables,
  Lexicon,
  NearMissFinder,
  ShortWordFinder,
  WrongFormFinder,
});
