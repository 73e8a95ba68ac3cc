/** The revisit's verdict on a closed complaint (回访满意度, SPEC §8): what the dashboard's satisfaction rate counts. */
export const SATISFACTIONS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Where a complaint stands: its four facts come in this order and no other (SPEC §8). */
export const COMPLAINT_STEPS = ['received', 'contacted', 'replied', 'closed'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
