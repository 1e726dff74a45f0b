import { time } from './time.en.js';

/**
 * Every word the walk-through (`assess`) says, in English: the source of every message id
 * (see core/messages.ts). Plain, non-judgemental UK English, read well aloud by a screen reader
 * (no symbols that carry meaning). ICU MessageFormat: `{name}` is a parameter; `{n, plural,
 * one {…} other {…}}` a count; quotes are typographic (’ “ ”), never the ICU escape '.
 */
export const assess = {
  ...time,
  dontKnow: 'Don’t know',
  notApplicable: 'Not applicable',
  otherChoices: 'Or:',
  answerMessage: 'Your answer:',
  keysHint: 'Type a number or use the arrow keys, then press Enter.',
  help: 'Help with this question',
  noHelp: 'this question has no help',
  helpDone: 'Help with this question:',
  helpBackMessage: 'When you have read it:',
  helpBack: 'Back to the question',
  helpBackDone: 'Back to the question.',
  addNote: 'Add a note',
  changeNote: 'Change or remove your note',
  noteHelp: 'A few words of your own. The report quotes notes without saying who wrote them.',
  addNoteDone: 'Adding a note.',
  changeNoteDone: 'Changing or removing your note.',
  skip: 'Skip this question',
  clearAndSkip: 'Clear your answer and skip this question',
  skipHelp: 'You can come back to it in the review at the end.',
  skipDone: 'Question skipped.',
  back: 'Go back to the previous question',
  backDone: 'Going back to the previous question.',
  firstQuestion: 'this is the first question',
  backToReview: 'Go back to the review',
  backToReviewDone: 'Going back to the review.',
  pause: 'Pause and save, to carry on later',
  pauseHelp: 'Everything so far is saved. You will be shown how to carry on.',
  pauseDone: 'Pausing.',
  noteAsk:
    'Your note: a few words of your own, on one line. Please do not write anyone’s name or a personal story: the report quotes notes as they are written. Press Enter on an empty line to add nothing.',
  noteMessage: 'Your note:',
  noteEditMessage: 'Your note (change it, then press Enter):',
  noteActionMessage: 'What would you like to do with your note?',
  noteEdit: 'Change the note',
  noteEditDone: 'Changing the note.',
  noteRemove: 'Remove the note',
  noteRemoveDone: 'Removing the note.',
  noteKeep: 'Keep it as it is',
  noteKeepDone: 'Your note is kept as it is.',
  noteSaved: 'Note saved.',
  noteNotAdded: 'No note added.',
  noteUnchanged: 'Your note is unchanged.',
  noteRemoved: 'Note removed.',
  noteTooLong: 'A note can be at most 10,000 characters, and this one is longer.',
  roleMessage: 'Which group are you answering as?',
  roleNone: 'None of these, or I would rather not say',
  roleNoneHelp: 'You will be asked every question.',
  workshopMessage: 'Are you answering on your own, or as a group together?',
  alone: 'On my own',
  aloneHelp: 'These are your own answers.',
  group: 'As a group, agreeing each answer together (a workshop)',
  groupHelp: 'The answers are the group’s, agreed together.',
  unitAsk:
    'Which service, team or site are these answers about? This is optional: press Enter to leave it out. Please do not write anyone’s name.',
  unitMessage: 'Service, team or site:',
  unitTooLong: 'A service, team or site can be at most 200 characters, and this is longer.',
  beginMessage: 'Ready to start?',
  begin: 'Start the questions',
  beginDone: 'Starting.',
  notNow: 'Not now: stop here, and carry on later',
  notNowDone: 'Stopping here.',
  reviewMessage: 'What would you like to do?',
  finish: 'Finish: mark your answers as complete',
  finishHelp: 'You can still change them later, by carrying on with --resume.',
  finishDone: 'Finishing.',
  completed: 'Your answers are complete and saved.',
  thanks: 'Thank you.',
  resumeMessage: 'Would you like to carry on with them, or start again?',
  startNew: 'Start a new assessment',
  startNewHelp: 'The unfinished answers stay as they are.',
  startNewDone: 'Starting a new assessment.',

  // Descriptions, status lines and longer texts.
  dontKnowHelpLived: 'You are not sure. That is a fine answer too.',
  notApplicableHelpLived: 'This question does not fit you, or the part of the service you use.',
  helpHelpLived: 'What this question means.',
  dontKnowHelp: 'You are not sure, or do not have the information. That is a useful answer too.',
  notApplicableHelp: 'This does not apply to your service.',
  helpHelp: 'What good looks like, and what you could point to.',
  answerDone: 'Your answer: {label}.',
  pickNothing: 'Nothing is chosen yet. {hint}',
  pickNoSuch:
    'Nothing was chosen: there is no choice {typed}. The choices are numbered 1 to {last}.',
  pickCannot: 'Nothing was chosen: choice {number} cannot be chosen now ({why}).',
  pickNotAKey: 'Only numbers and the arrow keys choose here. {hint}',
  pickTyped: 'You typed {typed}: {label}. Press Enter to choose it.',
  pickTypedNone:
    'You typed {typed}, but there is no choice {typed}. The choices are numbered 1 to {last}; press Backspace to change it.',
  pickTypedCannot:
    'You typed {typed}, but that cannot be chosen now ({why}). Press Backspace to change it.',
  // The welcome, before anything is asked.
  welcomeTitle: '{title} (version {version})',
  welcomeCount:
    'There {questions, plural, one {is # question} other {are # questions}} in {domains, plural, one {# domain} other {# domains}}. You will be asked only those that fit your role, so there may be fewer.',
  welcomeSkip: 'Any question can be skipped. “Don’t know” and “Not applicable” are fine answers.',
  welcomeSaved: 'Your answers are saved after every one, in {file}.',
  welcomePause:
    'To pause, choose “Pause and save” at any question, or press Ctrl-C. You can carry on later where you stopped.',
  noQuestions:
    'There are no questions for you to answer in this framework. You can finish at the review.',
  introCount:
    'You have {questions, plural, one {# question} other {# questions}} to answer, in {domains, plural, one {# domain} other {# domains}}.',
  introMore: 'A few more may follow from some answers.',
  support: 'If a question brings something up: {support}',
  welcomeBack: 'Welcome back to {title}.',
  soFar:
    'So far: {answered} of {total, plural, one {# question} other {# questions}} answered, {skipped} skipped.',
  allDone: 'Every question has an answer or was skipped, so here is the review.',
  carryingOn: 'Carrying on at question {at} of {total}.',
  savedEach:
    'Your answers are saved after every one, in {file}. To pause, choose “Pause and save” or press Ctrl-C.',
  versionNote:
    'Note: these answers were started with version {was} of {id}, and the framework is now version {now}. That is the same major version, so you can carry on.',
  removedNote:
    'Note: question “{id}” is no longer in {framework} {version}. Its answer stays in the file, but is not used.',
  fileNote: 'Note: {message}',
  heading: '{domain}: domain {domainNumber} of {domainCount}, question {number} of {total}',
  answerSoFar: 'Your answer so far: {answer}.',
  skippedEarlier: 'You skipped this question earlier.',
  yourNote: 'Your note: “{note}”',
  pointTo: 'What you could point to:',
  dropped:
    'Your answer to “{question}” has been removed, as that question no longer applies after your last answer.',
  droppedNoteKept: 'Your note on it is kept.',
  openedInTurn:
    '{count, plural, one {Your answer opens a question; you will come to it in turn:} other {Your answer opens # questions; you will come to them in turn:}}',
  openedInReview:
    '{count, plural, one {Your answer opens a question; you can answer it from the review, under the questions not answered yet:} other {Your answer opens # questions; you can answer them from the review, under the questions not answered yet:}}',
  countAnswered: '{count} answered',
  countSkipped: '{count} skipped',
  countOpen: '{count} not answered yet',
  reviewNone: 'Review',
  reviewNothing: 'There were no questions for you to answer.',
  reviewTitle: 'Review of your answers',
  answerOpen:
    '{count, plural, one {Answer the # question not answered yet} other {Answer the # questions not answered yet}}',
  changeIn: 'Look at or change your answers on {domain}',
  domainMessage: 'Which question on {domain}?',
  statusAnswered: 'answered: {answer}',
  statusSkipped: 'skipped',
  statusOpen: 'not answered yet',
  unfinished:
    '{count, plural, one {There are unfinished answers to this framework here.} other {There are # unfinished sets of answers to this framework here.}}',
  carryOnWith: 'Carry on with {file}',
  answeredSoFar: '{count, plural, one {# question} other {# questions}} answered so far.',
  answeredSoFarSaved:
    '{count, plural, one {# question} other {# questions}} answered so far; last saved {saved}.',
  paused: 'Paused. Your answers are saved in {file}.',
  stoppedNothing: 'Stopped. Nothing was saved, as no questions had been answered yet.',
  stopped: 'Stopped. Your answers are saved in {file}.',
  toCarryOn: 'To carry on where you left off:',
  tookOver:
    'Note: an earlier attune assess (process {pid}) left this file locked but is no longer running; carrying on.',
  lockedElsewhere:
    '{file} is open in attune assess on another computer, {host}, since {since}. attune cannot tell from here whether it is still running there.',
  heldStarting:
    '{file} is open in another attune assess, which is just starting. Try again in a moment.',
  heldHere:
    '{file} is open in another attune assess (process {pid}, since {since}). Carry on there, or pause it first; once it has ended, the file is free again.',
  heldElsewhere:
    '{file} is open in another attune assess on {host} (process {pid}, since {since}). Carry on there, or pause it first; once it has ended, the file is free again.',
  fileExists:
    '{file} already exists. To carry on with those answers, use --resume {file}; to start again, choose another file with --out',
  lockMessage: 'What would you like to do?',
  lockStop: 'Stop here, and carry on there',
  lockStopDone: 'Stopping here.',
  lockTakeOver: 'Take the file over: attune has stopped on the other computer',
  lockTakeOverHelp:
    'Only if it has stopped there. If it is still running, the two would save over each other’s answers.',
  lockTakeOverDone: 'Taking the file over.',
  badLang: '--lang "{lang}" is not a language tag; use one such as en-GB or cy',
  noTerminal:
    'assess asks its questions in a terminal, and there is none here (its input or output is not a terminal). To score answers files, use attune report; for people who would rather not use a terminal, make the offline form with attune form.',
  frameworkNotFound:
    '{file}: its framework "{id}" is neither bundled nor in ./frameworks; name its file with --framework path/to/framework.yaml',
  answersAt: 'Answers: {file}',
  reportAt: 'Report:  {file}',
} as const;
