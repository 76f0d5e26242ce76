import { benchCheck } from "./check";
import { benchSearch } from "./search";

benchSearch();
benchCheck();
