const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-5SHFI5DE.js";
import "./chunks/chunk-WFO27JVZ.js";
import "./chunks/chunk-QOXRJCMD.js";
import "./chunks/chunk-JKPZXSQF.js";
import "./chunks/chunk-Q5ALM6UT.js";

// src/action/post-index.ts
await post();
