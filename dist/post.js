const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-WEGJ7IWC.js";
import "./chunks/chunk-QNLGPSQN.js";
import "./chunks/chunk-I24X6OV5.js";
import "./chunks/chunk-JKPZXSQF.js";
import "./chunks/chunk-Q5ALM6UT.js";

// src/action/post-index.ts
await post();
