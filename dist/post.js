const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-AA53IKO6.js";
import "./chunks/chunk-JQ5H2CFP.js";
import "./chunks/chunk-OX4INR5Z.js";
import "./chunks/chunk-LVBKQIMU.js";
import "./chunks/chunk-Q5ALM6UT.js";

// src/action/post-index.ts
await post();
