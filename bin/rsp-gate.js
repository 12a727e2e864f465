#!/usr/bin/env node
// The published command runs the bundled CLI (built from src/cli/index.ts).
import '../dist/cli.js';
