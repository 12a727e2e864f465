const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-EHHVCLFI.js";
import "./chunks/chunk-S7PGL756.js";
import "./chunks/chunk-NY24FVHU.js";
import "./chunks/chunk-YHZSQPQR.js";
import "./chunks/chunk-6GWJCZXM.js";

// src/action/post-index.ts
await post();
