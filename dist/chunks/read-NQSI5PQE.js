const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WHOLE_FILE_LIMIT,
  readResultFile
} from "./chunk-ERTUFIIS.js";
import "./chunk-KFQVW6SN.js";
import "./chunk-DKXZQWQK.js";
import "./chunk-Q5ALM6UT.js";
export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
