// `node --import ./test/support/projector-ts-register.mjs apps/projector/src/main.ts`: see projector-ts-hooks.mjs.
import { register } from 'node:module';

register('./projector-ts-hooks.mjs', import.meta.url);
