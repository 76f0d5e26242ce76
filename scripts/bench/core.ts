import { benchSearch } from "./search";

benchSearch();
