#!/usr/bin/env node
// The kmm command runs the TypeScript sources directly through tsx's loader, so there is
// no separate compile step between editing and running (see docs/ARCHITECTURE.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
