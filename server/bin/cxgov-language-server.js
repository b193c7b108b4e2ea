#!/usr/bin/env node
// Committed and executable, so that npm can link it before the TypeScript build has run.
import '../dist/main.js';
