const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  post
} from "./chunks/chunk-YEM4YLCG.js";
import "./chunks/chunk-KGZTP6J2.js";
import "./chunks/chunk-OX4INR5Z.js";
import "./chunks/chunk-DKXZQWQK.js";
import "./chunks/chunk-Q5ALM6UT.js";

// src/action/post-index.ts
await post();
