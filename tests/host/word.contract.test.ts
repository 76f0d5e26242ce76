import { WordHost } from "../../src/host/word/WordHost";
import { hostContract } from "./contract";
import { FakeWord } from "./fakeWord";

hostContract("word", (paragraphs, selection) => {
  const word = new FakeWord(paragraphs, selection);
  return {
    host: new WordHost(word.run, word.settings, word.environment),
    texts: () => word.texts(),
  };
});
