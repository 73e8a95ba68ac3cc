/** Where each domain command is sent over HTTP (API.md "Commands") and the role whose token sends it. */
export type CommandType =
  | 'AcceptApplication'
  | 'RecordSiteSurvey'
  | 'ReplySupplyScheme'
  | 'ReviseSupplyScheme'
  | 'SubmitDesign'
  | 'ReviewDesign'
  | 'StartConstruction'
  | 'RecordIntermediateInspection'
  | 'ReportCompletion'
  | 'RecordAcceptance'
  | 'SignSupplyContract'
  | 'InstallMeterAndEnergize'
  | 'ArchiveProject'
  | 'CancelProject'
  | 'RecordPostConnectionCheck'
  | 'RequestIntermediateInspection'
  | 'StartCustomerWait'
  | 'EndCustomerWait';

export type BenchRole =
  | 'clerk'
  | 'surveyor'
  | 'schemeApprover'
  | 'designReviewer'
  | 'inspector'
  | 'meterTechnician'
  | 'archivist';

interface Route {
  /** Path below /api/projects/:id; null for the application, which is POSTed to /api/projects. */
  suffix: string | null;
  role: BenchRole;
}

export const ROUTES: Record<CommandType, Route> = {
  AcceptApplication: { suffix: null, role: 'clerk' },
  RecordSiteSurvey: { suffix: 'site-survey', role: 'surveyor' },
  ReplySupplyScheme: { suffix: 'supply-scheme', role: 'schemeApprover' },
  ReviseSupplyScheme: { suffix: 'supply-scheme/revisions', role: 'schemeApprover' },
  SubmitDesign: { suffix: 'design-submissions', role: 'clerk' },
  ReviewDesign: { suffix: 'design-reviews', role: 'designReviewer' },
  StartConstruction: { suffix: 'construction-start', role: 'clerk' },
  RecordIntermediateInspection: { suffix: 'intermediate-inspections', role: 'inspector' },
  ReportCompletion: { suffix: 'completion-reports', role: 'clerk' },
  RecordAcceptance: { suffix: 'acceptances', role: 'inspector' },
  SignSupplyContract: { suffix: 'supply-contract', role: 'clerk' },
  InstallMeterAndEnergize: { suffix: 'energization', role: 'meterTechnician' },
  ArchiveProject: { suffix: 'archive', role: 'archivist' },
  CancelProject: { suffix: 'cancellation', role: 'clerk' },
  RecordPostConnectionCheck: { suffix: 'post-connection-checks', role: 'inspector' },
  RequestIntermediateInspection: { suffix: 'intermediate-inspection-requests', role: 'clerk' },
  StartCustomerWait: { suffix: 'customer-waits', role: 'clerk' },
  EndCustomerWait: { suffix: 'customer-waits/end', role: 'clerk' },
};

export const commandPath = (type: CommandType, projectId: string): string => {
  const { suffix } = ROUTES[type];
  return suffix === null ? '/api/projects' : `/api/projects/${encodeURIComponent(projectId)}/${suffix}`;
};
