import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { decideComplaint, type ComplaintCommand, type ComplaintEvent, type ComplaintState } from '../../domain/index.js';
import { AccountCommandService } from '../accounts/account-command.service.js';
import { CLOCK, type Clock } from '../clock.js';
import { complaintAggregate } from './complaint.aggregate.js';
import { NamedAccountCommands, type NamedAccountAnswer } from './named-account-commands.js';

/** The answer of an accepted complaint command (API.md): `{ complaintId, version, position, events }`. */
export type ComplaintCommandAnswer = NamedAccountAnswer<'complaintId'>;

/** Complaints (投诉, SPEC §8): received by a clerk, the account it names (if any) read first, then each step in turn. */
@Injectable()
export class ComplaintCommandService extends NamedAccountCommands<ComplaintCommand, ComplaintEvent, ComplaintState, 'complaintId'> {
  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock, accounts: AccountCommandService) {
    super(store, clock, accounts, {
      subject: 'Complaint',
      answerKey: 'complaintId',
      aggregate: complaintAggregate,
      decide: decideComplaint,
      commandIdNamespace: 'connection-projects/complaint-command',
      idOf: (command) => command.complaintId,
      opens: 'ReceiveComplaint',
      accountIdOf: (command) => (command.type === 'ReceiveComplaint' ? command.accountId : undefined),
    });
  }
}
