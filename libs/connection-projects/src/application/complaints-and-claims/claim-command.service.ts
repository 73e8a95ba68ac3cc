import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { decideClaim, type ClaimCommand, type ClaimEvent, type ClaimState } from '../../domain/index.js';
import { AccountCommandService } from '../accounts/account-command.service.js';
import { CLOCK, type Clock } from '../clock.js';
import { claimAggregate } from './claim.aggregate.js';
import { NamedAccountCommands, type NamedAccountAnswer } from './named-account-commands.js';

/** The answer of an accepted claim command (API.md): `{ claimId, version, position, events }`. */
export type ClaimCommandAnswer = NamedAccountAnswer<'claimId'>;

/** Appliance-damage claims (家用电器损坏理赔, SPEC §8): filed on the account read first, investigated, settled. */
@Injectable()
export class ClaimCommandService extends NamedAccountCommands<ClaimCommand, ClaimEvent, ClaimState, 'claimId'> {
  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock, accounts: AccountCommandService) {
    super(store, clock, accounts, {
      subject: 'Claim',
      answerKey: 'claimId',
      aggregate: claimAggregate,
      decide: decideClaim,
      commandIdNamespace: 'connection-projects/claim-command',
      idOf: (command) => command.claimId,
      opens: 'FileDamageClaim',
      accountIdOf: (command) => (command.type === 'FileDamageClaim' ? command.accountId : undefined),
    });
  }
}
