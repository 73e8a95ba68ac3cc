import type { DecisionContext } from '../project.context.js';
import type { InstallMeterAndEnergize, RecordAcceptance, SignSupplyContract } from '../project.commands.js';
import { isHighVoltage, type ContractType, type CustomerClass } from '../project.enums.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { accept, classOf, invalidTransition, requireNonEmpty } from './shared-rules.js';
import { fact } from './recorded-values.js';

/** SPEC §3.8: after a completion report, or for residential right after the scheme reply; repeat until passed. */
export const recordAcceptance = (command: RecordAcceptance, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (state.acceptancePassed) throw invalidTransition(command, 'acceptance has already passed');
  if (classOf(state) === 'residential') {
    if (!state.scheme) throw invalidTransition(command, 'a residential acceptance follows the supply scheme reply');
  } else if (!state.completionAwaitingAcceptance) {
    throw invalidTransition(command, 'no completion report is awaiting acceptance');
  }
  if (command.result === 'failed') {
    requireNonEmpty('defects', command.defects, 'a failed acceptance lists the defects of its rectification notice (整改通知单)');
  }
  return accept(
    'AcceptanceRecorded',
    fact({ projectId: command.projectId, result: command.result, defects: command.defects, round: state.acceptanceRounds + 1 }),
    command,
    state,
    ctx,
  );
};

const contractTypeFor = (customerClass: CustomerClass): ContractType =>
  customerClass === 'residential' ? 'residentialEndorsement' : isHighVoltage(customerClass) ? 'highVoltage' : 'lowVoltage';

/** SPEC §3.9 供用电合同: after acceptance passed, once; the contract type follows the class. */
export const signSupplyContract = (command: SignSupplyContract, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (!state.acceptancePassed) throw invalidTransition(command, 'the supply contract is signed after acceptance has passed');
  if (state.contract) throw invalidTransition(command, `contract ${state.contract.contractNo} is already signed`);
  const expected = contractTypeFor(classOf(state));
  if (command.contractType !== expected) {
    throw validationFailed('contractType', `a ${classOf(state)} customer signs a ${expected} contract, not ${command.contractType}`);
  }
  return accept(
    'SupplyContractSigned',
    {
      projectId: command.projectId,
      contractNo: command.contractNo,
      contractType: command.contractType,
      signatories: { customer: command.signatories.customer, utility: command.signatories.utility },
      effectiveDate: command.effectiveDate,
    },
    command,
    state,
    ctx,
  );
};

/** SPEC §3.10 装表接电: acceptance passed (else the step is wrong) and a signed contract (else CONTRACT_REQUIRED). */
export const installMeterAndEnergize = (
  command: InstallMeterAndEnergize,
  state: ProjectState,
  ctx: DecisionContext,
): ProjectEvent[] => {
  if (state.energized) throw invalidTransition(command, 'the project is already energized');
  if (!state.acceptancePassed) throw invalidTransition(command, 'energization needs a passed acceptance (竣工验收合格)');
  requireNonEmpty('meterNumbers', command.meterNumbers, 'energization records the installed meter numbers');
  if (!state.contract) {
    throw new DomainError('CONTRACT_REQUIRED', 'Energization needs a signed supply contract (供用电合同) first');
  }
  return accept('MeterInstalledAndEnergized', { projectId: command.projectId, meterNumbers: command.meterNumbers }, command, state, ctx);
};
