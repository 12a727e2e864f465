const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-7MAXQGPY.js";
import "./chunks/chunk-ML7QQUSQ.js";
import "./chunks/chunk-NY24FVHU.js";
import "./chunks/chunk-YHZSQPQR.js";
import "./chunks/chunk-6GWJCZXM.js";

// src/action/post-index.ts
await post();
