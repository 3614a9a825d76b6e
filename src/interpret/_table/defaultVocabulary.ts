import type { ColumnMapping } from '../../model/framework.js';

/**
 * The built-in column vocabulary: which header texts name which field of an
 * action (or of a peer-review area). Fields are `ref`, `title`,
 * `description`, `methods`, `timescale`, `leads`, `outputs`, `outcomes`,
 * `comments`, `rag`, `status`, `progress`, `updates`, `completed`, `themes`,
 * `area`, `strengths` and `improvements`. A header written as two headers
 * ("Timescale [Lead Member]") maps to both fields. Callers extend it through
 * `options.vocabulary`, whose entries are tried first.
 *
 * @example
 * ```ts
 * DEFAULT_VOCABULARY.find((m) => m.field === 'leads')?.headers.includes('By Whom') //=> true
 * ```
 * @category Interpreters
 */
export const DEFAULT_VOCABULARY: ColumnMapping[] = [
  { field: 'ref', headers: ['Ref', 'Ref.', 'Reference', 'No', 'No.', 'Number', 'Action No', 'Action number', 'Item', 'Ref no', 'Action ID', 'Action ref', 'ID'] },
  {
    field: 'title',
    headers: ['Action', 'Actions', 'Action required', 'Actions required', 'Proposed action', 'Issue', 'Objective', 'Objectives', 'Aim', 'Aims', 'Goal', 'Goals', 'Task', 'Activity', 'What', 'What we will do', 'What will we do', 'Key actions', 'Key action'],
  },
  { field: 'description', headers: ['Description', 'Details', 'Detail'] },
  { field: 'methods', headers: ['Methodology', 'Method', 'Methods', 'How', 'Approach', 'Steps', 'Tasks'] },
  {
    field: 'timescale',
    headers: ['Timescale', 'Timescales', 'By When', 'When', 'Target date', 'Target dates', 'Deadline', 'Due', 'Due date', 'Date due', 'Timeline', 'Target completion date', 'Completion date', 'Time scale', 'Time scales', 'Expected completion', 'Target year', 'Target'],
  },
  {
    field: 'leads',
    headers: ['Lead Member', 'Lead', 'Leads', 'Lead officer', 'Lead officers', 'Lead member', 'Lead body', 'Responsible officer', 'Responsible', 'Responsibility', 'By Whom', 'Who', 'Action by', 'Owner', 'Owners', 'Accountable officer', 'Accountable', 'Lead officer s', 'Person responsible', 'Persons responsible', 'Responsible person', 'Lead responsibility', 'Who is responsible', 'Who will do it', 'Who will lead'],
  },
  {
    field: 'outputs',
    headers: ['Measurables / Outputs', 'Measurables', 'Outputs', 'Output', 'Measures', 'Measures of success', 'Success measures', 'Success measure', 'Measure of success', 'Success criteria', 'Performance measures', 'Performance measure', 'How we will measure success', 'How will we measure success', 'Milestones', 'Deliverables', 'KPI', 'Measure', 'Evidence'],
  },
  { field: 'outcomes', headers: ['Outcomes', 'Outcome', 'Expected outcomes', 'Expected outcome', 'Impact', 'Intended outcomes'] },
  { field: 'comments', headers: ['Review Comments', 'Comments', 'Comment', 'Notes', 'Remarks', 'Commentary', 'Next steps'] },
  { field: 'rag', headers: ['RAG', 'RAG status', 'RAG rating', 'Rating', 'Traffic light'] },
  { field: 'status', headers: ['Status', 'Current status'] },
  { field: 'progress', headers: ['Progress', 'Progress to date', 'Percent complete', '% complete', 'Percentage complete'] },
  { field: 'updates', headers: ['Update', 'Updates', 'Latest update', 'Progress update', 'Current position', 'Position statement', 'Progress made'] },
  { field: 'completed', headers: ['Completed', 'Date completed', 'Completed on', 'Done'] },
  { field: 'themes', headers: ['Theme', 'Themes', 'Priority area', 'Strand', 'Equality strand', 'Service area'] },
  { field: 'area', headers: ['Area examined', 'Area', 'Areas examined', 'Area of focus'] },
  { field: 'strengths', headers: ['Strengths', 'Strength', 'Key strengths'] },
  { field: 'improvements', headers: ['Areas for Improvement', 'Area for improvement', 'Areas for development', 'Improvements'] },
];
