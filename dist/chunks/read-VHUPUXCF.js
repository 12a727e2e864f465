const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WHOLE_FILE_LIMIT,
  readResultFile
} from "./chunk-S5R42D7F.js";
import "./chunk-WHYOMOBB.js";
import "./chunk-JKPZXSQF.js";
import "./chunk-Q5ALM6UT.js";
export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
