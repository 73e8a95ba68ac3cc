// `node --import ./test/support/ts-register.mjs apps/projector/src/main.ts`: see ts-hooks.mjs. Worker threads started
// by code under test get it through THREAD_TS_LOADER (set in jest.config.js).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
