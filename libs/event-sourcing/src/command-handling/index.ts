export { foldEvents, type Aggregate, type EncodedEvent, type Folded } from './aggregate.js';
export { AggregateStreams, type Loaded } from './aggregate-streams.js';
export { FoldedStates } from './folded-states.js';
export {
  CommandHandler,
  type CommandEnvelope,
  type CommandHandlerOptions,
  type Decision,
  type HandledCommand,
} from './command-handler.js';
