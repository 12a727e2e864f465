const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WHOLE_FILE_LIMIT,
  readResultFile
} from "./chunk-6WW5NTVM.js";
import "./chunk-2Q565OHU.js";
import "./chunk-MR6ZCMG2.js";
import "./chunk-6GWJCZXM.js";
export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
