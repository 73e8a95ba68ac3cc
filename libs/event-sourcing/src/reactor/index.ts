export { LogReactor, type LogReactorOptions, type Reaction, type ReactorPosition } from './log-reactor.js';
export { readReactorProgress, type ReactorProgress } from './reactor-checkpoint.js';
