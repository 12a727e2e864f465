const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-GETIQV2F.js";
import "./chunks/chunk-BYEAKK2K.js";
import "./chunks/chunk-NY24FVHU.js";
import "./chunks/chunk-MR6ZCMG2.js";
import "./chunks/chunk-6GWJCZXM.js";

// src/action/post-index.ts
await post();
