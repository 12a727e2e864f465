const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WHOLE_FILE_LIMIT,
  readResultFile
} from "./chunk-JMWJONMO.js";
import "./chunk-JR6SR2IH.js";
import "./chunk-YHZSQPQR.js";
import "./chunk-6GWJCZXM.js";
export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
