#!/usr/bin/env node
require('../dist/monograph.cjs');
