#!/usr/bin/env node
import '../dist/monograph.js';
