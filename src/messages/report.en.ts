/**
 * The report's own words in English (Markdown, HTML and Word): the source of every message id
 * (see core/messages.ts). ICU MessageFormat: `{name}` is a parameter; `{n, plural, one {…}
 * other {…}}` a count; `{x, select, a {…} other {…}}` a choice. A parameter is put in as it is:
 * text from a framework or an answers file, already escaped for the format, or markup a
 * template gives (a code span), so no message carries markup of its own. Where a format shows
 * part of a sentence in bold, the sentence is two messages.
 */
export const report = {
  // The title, and the opening lines.
  title: '{title}: assessment report',
  titleOwn: 'Your answers: {title}',
  subtitle: 'Assessment report',
  subtitleOwn: 'Your answers',
  contents: 'Contents',
  madeWith: 'Made with attune from {title} ({id} {version}).',
  docxDescription: 'Assessment report made with attune',

  // Headings, in every format.
  keyFindings: 'Key findings',
  clearestStrengths: 'Clearest strengths',
  areasToDevelop: 'Areas to develop',
  firstActions: 'First actions',
  about: 'About this report',
  summary: 'Summary',
  stages: 'Stages',
  scores: 'Scores by domain',
  strengths: 'Strengths',
  strengthsHint: '(scoring 75 or more)',
  roomToGrow: 'Most room to grow',
  roomToGrowHint: '(scoring below 50)',
  notes: 'What people said',
  yourNotes: 'Your notes',
  areas: 'Domains by organisational area',
  byUnit: 'By service or site',
  byRole: 'By role',
  gaps: 'Perception gaps between roles',
  comparison: 'Compared with the earlier assessment',
  trend: 'Across the cycles',
  roleMix: 'Who answered has changed',
  rates: 'Who was asked, and who answered',
  plan: "Targets and last cycle's actions",
  actions: 'Action plan',
  coverage: 'Coverage',
  method: 'Method',
  provenance: 'Where this report came from',

  // Key findings.
  findingsOverall: 'Overall: {score} out of 100',
  findingsStage: ', {stage}.',
  findingsTarget: ' Target: {target}, {distance}.',
  targetReached: 'reached',
  targetToGo: '{points} points to go',
  findingsNoScore: 'No overall score can be shown.',
  findingsSince: 'Since {label}:',
  findingsChange: ' {change}, {verdict}.',
  findingsChangeInterval: ' {change} ({interval}), {verdict}.',
  findingsInterval: '{confidence}% interval {low} to {high}',
  verdictNoScore: 'no overall score to compare',
  verdictNoInterval: 'no interval to tell it from chance',
  verdictChance: 'within chance variation',
  verdictRise: 'a clear rise',
  verdictFall: 'a clear fall',
  theEarlierAssessment: 'the earlier assessment',
  findingsRoleDifference: 'Largest difference between roles:',
  findingsRoleDifferenceText:
    ' on “{text}”, {high} scored {highScore} (n = {highN}) and {low} {lowScore} (n = {lowN}), {gap} points apart.',
  clearestStrengthsHint: '(75 or more)',
  areasToDevelopHint: '(the lowest scores)',
  noStrengths: 'No question scores 75 or more yet.',
  noAreasToDevelop: 'Every question shown scores 75 or more.',
  noActions: 'No suggested action applies at these scores.',
  ownerNotAgreed: 'owner not yet agreed',
  noDueDate: 'no date yet',
  dueOn: 'due {date}',
  statusPlanned: 'planned',
  statusInProgress: 'in progress',
  statusDone: 'done',
  statusDropped: 'dropped',

  // About this report.
  aboutWhat:
    'This report brings together what people said about how the service works. People in different roles answered the same questions, and their answers are added up into scores.',
  aboutNobodyOne:
    "Nobody is named here. But even one person's scores can be shown in this report, so please share it with care.",
  aboutNobody:
    "Nobody is named here. A group of fewer than {size} people is not shown, so no one's answers can be picked out. Notes are quoted without saying who wrote them.",
  aboutNext:
    'What happens next: the action plan near the end lists changes the team could make. The team agrees who will do each one, and by when. Later, people are asked again, to see what has changed. If you took part, thank you.',

  // Summary.
  withheldLead: 'No scores are shown.',
  withheldText:
    "Only {people, plural, one {# person} other {# people}} answered on their own, and this report shows nothing worked out from fewer than {size} people's answers, so that no one's answers can be picked out. To see scores:",
  withheldMore: 'collect answers from more people;',
  withheldWorkshop:
    'where a group agreed its answers together, mark its answers file as a workshop ({code});',
  withheldLower:
    "or, knowing that it may show one person's answers, lower the threshold with {code}.",
  overallScore: 'Overall score: {score} out of 100',
  overallStage: ', stage: {glyph} {stage}.',
  outOf100: 'out of 100',
  noOverallWithheld: 'No overall score: no question was given a score by {size} or more people.',
  noOverall: 'No overall score: no question received a scored answer.',
  whoAnswered:
    'Who answered: {responses, plural, one {# response} other {# responses}}{workshops, plural, =0 {} one {, of which # workshop (a group answering together)} other {, of which # workshops (a group answering together)}}{when, select, on {, on {from}} between {, between {from} and {to}} other {}}.',
  responsesCount: '{count, plural, one {# response} other {# responses}}',
  peopleCount: '{count, plural, one {# person} other {# people}}',
  questionsCount: '{count, plural, one {# question} other {# questions}}',
  workshopLine:
    '{count, plural, one {# workshop} other {# workshops}} (a group answering together)',
  workshopGroups: '{count, plural, one {# workshop group} other {# workshop groups}}',
  answeredOn: 'on {date}',
  answeredBetween: 'between {from} and {to}',
  role: 'Role',
  responses: 'Responses',
  responsesByRole: 'Responses by role',
  roleSuppressed: '(fewer than {size}: scores not shown)',
  noRoleGiven: 'No role given',
  privacyOwn:
    "These are your answers, as given in this file: not a result for the organisation. A report for the organisation comes from everyone's answers together ({code}), and shows nothing worked out from fewer than {size} people's answers.",
  privacyThresholdOff:
    "No one is named in this report, but the threshold is 1 ({code}), so one person's scores can be shown. Notes are quoted without saying who wrote them.",
  privacy:
    "No one is named in this report. Nothing is shown that was worked out from fewer than {size} people's answers: not a group's scores, nor a question's. Where showing a larger group would let a smaller one be worked out by subtraction, that is not shown either. Notes are quoted without saying who wrote them.",
  fromBracket: '(from {from})',
  stageFromAfter: 'from {from}',

  // Scores by domain.
  domain: 'Domain',
  score: 'Score',
  bar: 'Bar',
  stage: 'Stage',
  outOf100Column: 'Out of 100',
  domainScores: 'Domain scores',
  chartTitle: 'Domain scores out of 100:',
  chartCaption:
    "Each bar is a domain's score out of 100; the dashed lines mark where each stage begins. The same numbers are in the table.",
  docxChartNote:
    "Each bar is a domain's score out of 100, shaded to its length; the same numbers are beside it.",
  noScoreShort: 'no score',
  notShown: 'not shown',
  domainScore: 'Score:',
  domainStage: ', stage: {glyph} {stage}.',
  domainNoScore:
    "No score: none of this domain's questions received a scored answer that can be shown.",
  domainWithheld:
    "Left out of this score: {questions, plural, one {# question} other {# questions}} answered by fewer than {size} people, so that no one's answers can be worked out.",
  scoreByRole: '{title}: score by role',
  noneYet: 'None yet.',
  none: 'None.',
  moreNotes:
    'And {more, plural, one {# more note} other {# more notes}} on this question, in the JSON report.',

  // Areas, and groups side by side.
  area: 'Area',
  all: 'All',
  areasCaption: 'Scores of the questions in each area and domain',
  legend: "Each score's cell is shaded by its stage:",
  unit: 'Service or site',
  overall: 'Overall',
  unitLower: 'service or site',
  roleLower: 'role',
  byCaption: 'Domain scores of each {kind, select, unit {service or site} other {role}}',
  byNote:
    'A group with fewer than {size} people is not shown, and neither is a larger one (or one of its domains) where showing it would let a smaller group be worked out.',

  // Perception gaps.
  gapsIntro: "Questions where the roles' scores differ by {points} points or more",
  gapsMarked: ', marked',
  gapFlag: '⚠ gap',
  gapsCaption: 'Question scores by role, largest gap first',
  question: 'Question',
  gap: 'Gap',
  noGaps: 'No question shows a gap of {points} points or more between roles.',
  gapsImpossible:
    'No gaps can be shown: no question has the scores of two roles that can be shown (each from {size} or more people, and not hidden to protect a smaller group).',

  // Compared with the earlier assessment.
  earlier:
    'Earlier: {responses, plural, one {# response} other {# responses}}{dated, select, yes {, up to {date}} other {}} (version {version}).',
  before: 'Before',
  now: 'Now',
  change: 'Change',
  changeCaption: 'Change overall and by domain',
  changeByArea: 'Change by area',
  movedMost: 'Questions that moved most',
  withinChance: '{change} (within chance variation)',
  onlyEarlier:
    'Only in the earlier assessment ({kind, select, domains {domains} areas {areas} other {questions}}): {ids}.',
  onlyNow:
    'Only in this assessment ({kind, select, domains {domains} areas {areas} other {questions}}): {ids}.',

  // Across the cycles.
  trendIntro:
    "Each domain's and the overall score at every assessment, oldest first, with the 95% interval in brackets.",
  docxTrendIntro:
    'The overall score and each domain’s at each assessment, oldest first, each with its 95% interval in brackets.',
  trendCaption: 'Scores at each assessment, oldest first, with their 95% intervals',
  trendOverall: 'The overall score',
  trendChartCaption:
    'The overall score at each assessment, oldest on the left; this one is the square. Each mark carries its score, and the line through it its 95% interval. Each domain has a chart of its own below, and every score is in the table.',
  trendChartLabel: 'Chart: {what} at each assessment',
  trendChartTitle: '{what}, out of 100, at each assessment: {scores}',
  cycleNow: '{label} (now)',

  // Who answered has changed.
  roleMixIntro:
    'The mix of roles differs from the earlier assessment, so part of a change may come from who answered rather than from practice. Beside the change as measured is the change with each role weighted alike in both years (using only the role scores both reports show).',
  roleMixWho: 'Who answered, by role',
  responsesThen: 'Responses then',
  shareThen: 'Share then',
  responsesNow: 'Responses now',
  shareNow: 'Share now',
  roleMixCaption: 'The change as measured, and with roles weighted alike',
  changeMeasured: 'Change as measured',
  changeWeighted: 'Change, roles weighted alike',

  // Response rates.
  ratesCaption: 'Response rates',
  unitAndRole: 'Unit and role',
  asked: 'Asked',
  answered: 'Answered',
  rate: 'Rate',
  fewerThanHalf: '(fewer than half)',
  answeredFewer: 'fewer than {size}',
  ratesLow:
    'Where fewer than half of those asked answered, the scores may not speak for the whole group.',

  // Targets and last cycle's actions.
  targetsCaption: 'Targets from the plan, against the scores now',
  target: 'Target',
  distance: 'Distance',
  toGo: '{points} to go',
  noTargets: 'The plan sets no targets.',
  lastCycleIntro:
    "Actions planned at an earlier assessment, and how their question's score moved since. A change whose 95% interval includes zero is within chance variation, not a clear rise or fall.",
  lastCycleCaption: "Last cycle's actions, and whether they made a difference",
  action: 'Action',
  status: 'Status',
  then: 'Then',
  soFar: 'So far',
  planChange: '{change} ({low} to {high})',
  planChangeChance: '{change} ({low} to {high}), within chance variation',
  planChangeNoInterval: '{change} (no interval)',
  noScoreNow: 'no score now',
  planStatusPlanned: 'Planned',
  planStatusInProgress: 'In progress',
  planStatusDone: 'Done',
  planStatusDropped: 'Dropped',
  outcomeUnknown: 'Cannot tell: no score shown now',
  outcomeDoneRose: 'Done, and the score rose',
  outcomeDoneNoChange: 'Done, no clear change yet',
  outcomeDoneFell: 'Done, but the score fell',
  outcomeNotDoneRose: 'Not done, and the score rose',
  outcomeNotDoneNoChange: 'Not done, no clear change',
  outcomeNotDoneFell: 'Not done, and the score fell',
  ratesIntro: 'Who was asked, and who answered:',

  // Action plan.
  actionsIntro: 'Highest priority and lowest score first. Fill in who will do each, and by when.',
  actionsCaption: 'Suggested actions',
  number: 'Number',
  priority: 'Priority',
  forQuestion: 'For the question',
  questionScore: 'Question score',
  owner: 'Owner',
  due: 'Due',
  priorityHigh: 'High',
  priorityMedium: 'Medium',
  priorityLow: 'Low',
  actionFor: 'For: {question}',
  actionWhere: '{domain} · question score {score}',
  overdue: 'overdue',
  scoreNowHigh: 'the score is now high enough',
  docxThresholdMet: 'threshold now met',

  // Coverage.
  coverageCaption: 'Answers to the questions each person was shown',
  coverageCounted: "Counted over each person's answers to the questions they were shown",
  coverageLeftOut:
    ', leaving out {questions, plural, one {# question} other {# questions}} shown to fewer than {size} people',
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  unanswered: 'Unanswered',

  // Method.
  methodScoresLead: 'How scores are worked out.',
  methodScores:
    "Each answer is put on a scale from 0 to 100. A question's score is the mean of its answers; a domain's is the weighted mean of its questions' scores, and the overall score the weighted mean of the domains. Not applicable, don't know and skipped questions count towards no score.",
  methodWhoLead: 'Who answered.',
  methodWho:
    '{responses, plural, one {# response} other {# responses}}, from {people, plural, one {# person} other {# people}}{workshops, plural, =0 {} one { and # workshop group} other { and # workshop groups}}. No score is shown that rests on fewer than {size} people, and n beside a score says how many people it rests on.',
  methodRates: ' The response rates above compare who answered with who was asked.',
  methodIntervalsLead: 'What the intervals mean.',
  methodIntervals:
    'A {confidence}% interval is the range a score would likely fall in had other people like these answered. A change whose interval includes zero is called within chance variation: it may be real, but these answers cannot tell it from chance.',
  methodLimitsLead: 'Limits.',
  methodLimits:
    'Scores show how people see practice; they are not an inspection. Intervals cover only who happened to answer: not whether questions were read alike, nor a change in who was asked.',
  methodLowRates:
    ' Where few of those asked answered, the scores may not speak for the whole group.',

  // Where this report came from.
  provenanceIntro:
    'The inputs this report was made from, by their SHA-256 digests, and the options that change what it shows. The same inputs and options give the same report; attune verify checks a JSON report against them.',
  provenanceCaption: 'What this report was made from',
  input: 'Input',
  what: 'What',
  inputColumn: 'input',
  whatColumn: 'what',
  toCheck: 'To check it:',
  inputFramework: 'Framework',
  inputFrameworkFile: 'Framework file',
  inputAnswers: 'Answers',
  inputPlan: 'Plan',
  inputEarlier: 'Earlier assessment',
  inputOptions: 'Options',
  attuneVersion: 'version {version}',
  frameworkFiles:
    '{framework}, from {files, plural, one {# file} other {# files}} (the digest is over their digests)',
  answersFiles:
    '{files, plural, one {# file} other {# files}}{skipped, plural, =0 {} one {, # set of answers left out (--skip-invalid)} other {, # sets of answers left out (--skip-invalid)}} (the digest is over their digests, sorted)',
  earlierReport: 'a JSON report',
  earlierFiles: '{files, plural, one {# answers file} other {# answers files}}',

  // The Word report's own wording, where it has always differed from Markdown and HTML.
  docxPrivacyOwn:
    "These are your answers, as given in this file: not a result for the organisation. A report for the organisation comes from everyone’s answers together ({code}), and shows nothing worked out from fewer than {size} people's answers.",
  docxDomainNoScore:
    'No score: none of this domain’s questions received a scored answer that can be shown.',
  docxLastCycleIntro:
    'Actions planned at an earlier assessment, and how their question’s score moved since. A change whose 95% interval includes zero is within chance variation, not a clear rise or fall.',
  docxLastCycleCaption: 'Last cycle’s actions, and whether they made a difference',
} as const;
