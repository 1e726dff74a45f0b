import { time } from './time.en.js';

/**
 * The offline form's words in English: the source of every message id (see core/messages.ts).
 * ICU MessageFormat: `{name}` is a parameter; `{n, plural, one {…} other {…}}` a count.
 */
export const form = {
  ...time,
  pageTitle: 'Self-assessment form',
  kicker: 'Self-assessment',
  noScript:
    'This form needs JavaScript, which is turned off in this browser. Please turn it on for this page, or ask the person who sent you the form for another way to answer.',
  restored: 'Welcome back. The answers given before on this device are filled in.',
  restoredNotYours: 'If they are not yours:',
  restoredClear: 'clear them and start again',
  startHeading: 'Before you start',
  promiseDevice:
    'Your answers stay on this device. Nothing is sent anywhere while you fill in the form.',
  promiseKept:
    'This browser keeps your answers as you go, so you can close the page and carry on later on the same device.',
  promiseSkip:
    'You can skip any question. “Don’t know” and “Not applicable” are honest answers wherever they are offered.',
  promiseSave:
    'At the end you check your answers and save them as a file, which you send to the person who asked you to fill in this form.',
  promiseNames: 'Please do not write your name, or anyone else’s, anywhere in the form.',
  whoLegend: 'Who is answering?',
  whoOne: 'Just me',
  whoGroup: 'A group, agreeing the answers together',
  whoGroupHint: 'For example a team in a workshop, answering on one screen.',
  roleLegend: 'Which of these describes you best?',
  roleHint:
    'If you are answering as a group, choose what describes the group. It decides which questions you see.',
  roleError: 'Choose one of these, so that you see the questions meant for you.',
  roleFixed: 'You are answering as:',
  unitLabel: 'The service, team or site you are answering about (optional)',
  start: 'Start',
  questionCount:
    'There {count, plural, one {is # question} other {are # questions}} for you. {time}',
  supportLead: 'If a question brings something up:',
  nextSection: 'Next section',
  back: 'Back',
  checkAnswers: 'Check your answers',
  section: 'Section {number} of {count}',
  helpSummary: 'Help with this question',
  evidenceIntro: 'Things you could point to:',
  noteSummary: 'Add a note (optional)',
  noteSummaryHas: 'Your note',
  noteLabel: 'Your note, in a few words of your own',
  notApplicable: 'Not applicable',
  dontKnow: 'Don’t know',
  skip: 'Skip this question',
  skipped: 'Skipped',
  notAnswered: 'Not answered yet',
  note: 'Note: {note}',
  change: 'Change',
  changeAnswerTo: ' your answer to: ',
  changeWho: ' who is answering',
  whoOnePerson: 'One person',
  whoTogether: 'A group, together',
  whoAs: ', as ',
  whoAbout: ', about {unit}',
  progress:
    '{answered} of {total, plural, one {# question} other {# questions}} answered{skipped, plural, =0 {} other {, # skipped}}{open, plural, =0 {} other {, # not answered yet}}.',
  followUps:
    '{count, plural, one {A follow-up question has been added.} other {# follow-up questions have been added.}}',
  noLonger:
    '{count, plural, one {One question no longer applies, and its answer has been removed.} other {# questions no longer apply, and their answers have been removed.}}',
  storageOff:
    'This browser cannot keep your answers between visits (its storage is turned off). Answer the questions and save your answers before you close this page.',
  storageFull:
    'Your answers could not be kept in this browser (its storage may be full). Save them now.',
  confirmStartAgain: 'Remove all the answers kept in this browser for this form, and start again?',
  reviewHeading: 'Check your answers',
  reviewSaving:
    'When you save, your answers become a file. On a phone you can share it straight away, for example by email or a message; otherwise your browser downloads it. Nothing is sent anywhere unless you send it.',
  save: 'Save my answers',
  reviewBack: 'Back to the questions',
  savedHeading: 'Your answers are saved',
  savedDownloaded:
    'Your browser has saved your answers in the file “{name}”, usually in your Downloads folder.',
  savedShared: 'Your answers are in the file “{name}”, which you chose to share.',
  savedSomewhere: 'Your answers were saved as a file, usually in your Downloads folder.',
  savedSend:
    'Send the file to the person who asked you to fill in this form. Thank you for your answers.',
  savedKept:
    'This browser also keeps a copy of your answers. If other people use this device, you can remove it.',
  clear: 'Remove my answers from this browser',
  saveAgain: 'Save the file again',
  savedBack: 'Back to my answers',
  cleared: 'Your answers have been removed from this browser. You can close this page now.',
  restart: 'Fill in the form again',
  footer:
    'Made with attune. This page works offline: it loads nothing from the internet and sends nothing anywhere.',
} as const;
