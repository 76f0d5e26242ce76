import { benchCheck } from "./check";
import { benchDocx } from "./docx";
import { benchHostileStyles } from "./hostileStyles";
import { benchSearch } from "./search";

benchSearch();
benchCheck();
benchDocx();
benchHostileStyles();
