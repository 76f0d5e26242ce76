import { benchCheck } from "./check";
import { benchDocx } from "./docx";
import { benchSearch } from "./search";

benchSearch();
benchCheck();
benchDocx();
