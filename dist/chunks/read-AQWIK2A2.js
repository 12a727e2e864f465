const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WHOLE_FILE_LIMIT,
  readResultFile
} from "./chunk-GLKVV33V.js";
import "./chunk-FTQKL7HK.js";
import "./chunk-LVBKQIMU.js";
import "./chunk-Q5ALM6UT.js";
export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
