import type { Translation } from '../core/messages.js';
import type { assess as en } from './assess.en.js';
import { time } from './time.cy.js';

/**
 * The walk-through's words in Welsh. Written for attune; every text here wants a first-language
 * reviewer before it is relied on (see the README, "Languages"). Counts use Welsh plural forms
 * (zero, one, two, few, many, other) with the mutations that follow the number words.
 */
export const assess: Translation<typeof en> = {
  ...time,
  dontKnow: 'Ddim yn gwybod',
  notApplicable: 'Ddim yn berthnasol',
  otherChoices: 'Neu:',
  answerMessage: 'Eich ateb:',
  keysHint: 'Teipiwch rif neu defnyddiwch y bysellau saeth, yna pwyswch Enter.',
  help: 'Help gyda’r cwestiwn hwn',
  noHelp: 'nid oes help i’r cwestiwn hwn',
  helpDone: 'Help gyda’r cwestiwn hwn:',
  helpBackMessage: 'Pan fyddwch wedi’i ddarllen:',
  helpBack: 'Yn ôl i’r cwestiwn',
  helpBackDone: 'Yn ôl i’r cwestiwn.',
  addNote: 'Ychwanegu nodyn',
  changeNote: 'Newid neu dynnu eich nodyn',
  noteHelp:
    'Ychydig eiriau eich hun. Mae’r adroddiad yn dyfynnu nodiadau heb ddweud pwy a’u hysgrifennodd.',
  addNoteDone: 'Ychwanegu nodyn.',
  changeNoteDone: 'Newid neu dynnu eich nodyn.',
  skip: 'Hepgor y cwestiwn hwn',
  clearAndSkip: 'Clirio eich ateb a hepgor y cwestiwn hwn',
  skipHelp: 'Gallwch ddod yn ôl ato yn yr adolygiad ar y diwedd.',
  skipDone: 'Cwestiwn wedi’i hepgor.',
  back: 'Mynd yn ôl i’r cwestiwn blaenorol',
  backDone: 'Mynd yn ôl i’r cwestiwn blaenorol.',
  firstQuestion: 'hwn yw’r cwestiwn cyntaf',
  backToReview: 'Mynd yn ôl i’r adolygiad',
  backToReviewDone: 'Mynd yn ôl i’r adolygiad.',
  pause: 'Oedi a chadw, i barhau yn nes ymlaen',
  pauseHelp: 'Mae popeth hyd yma wedi’i gadw. Cewch weld sut i barhau.',
  pauseDone: 'Oedi.',
  noteAsk:
    'Eich nodyn: ychydig eiriau eich hun, ar un llinell. Peidiwch ag ysgrifennu enw neb na stori bersonol: mae’r adroddiad yn dyfynnu nodiadau fel y cânt eu hysgrifennu. Pwyswch Enter ar linell wag i beidio ag ychwanegu dim.',
  noteMessage: 'Eich nodyn:',
  noteEditMessage: 'Eich nodyn (newidiwch ef, yna pwyswch Enter):',
  noteActionMessage: 'Beth hoffech chi ei wneud gyda’ch nodyn?',
  noteEdit: 'Newid y nodyn',
  noteEditDone: 'Newid y nodyn.',
  noteRemove: 'Tynnu’r nodyn',
  noteRemoveDone: 'Tynnu’r nodyn.',
  noteKeep: 'Ei gadw fel y mae',
  noteKeepDone: 'Mae eich nodyn yn cael ei gadw fel y mae.',
  noteSaved: 'Nodyn wedi’i gadw.',
  noteNotAdded: 'Dim nodyn wedi’i ychwanegu.',
  noteUnchanged: 'Nid yw eich nodyn wedi newid.',
  noteRemoved: 'Nodyn wedi’i dynnu.',
  noteTooLong: 'Gall nodyn fod hyd at 10,000 o nodau, ac mae hwn yn hirach.',
  roleMessage: 'Fel pa grŵp ydych chi’n ateb?',
  roleNone: 'Dim un o’r rhain, neu byddai’n well gennyf beidio â dweud',
  roleNoneHelp: 'Byddwch yn cael pob cwestiwn.',
  workshopMessage: 'Ydych chi’n ateb ar eich pen eich hun, neu fel grŵp gyda’ch gilydd?',
  alone: 'Ar fy mhen fy hun',
  aloneHelp: 'Eich atebion chi eich hun yw’r rhain.',
  group: 'Fel grŵp, yn cytuno ar bob ateb gyda’n gilydd (gweithdy)',
  groupHelp: 'Atebion y grŵp yw’r rhain, wedi’u cytuno gyda’i gilydd.',
  unitAsk:
    'Am ba wasanaeth, tîm neu safle y mae’r atebion hyn? Mae hyn yn ddewisol: pwyswch Enter i’w adael allan. Peidiwch ag ysgrifennu enw neb.',
  unitMessage: 'Gwasanaeth, tîm neu safle:',
  unitTooLong: 'Gall gwasanaeth, tîm neu safle fod hyd at 200 o nodau, ac mae hwn yn hirach.',
  beginMessage: 'Barod i ddechrau?',
  begin: 'Dechrau’r cwestiynau',
  beginDone: 'Dechrau.',
  notNow: 'Nid nawr: stopio yma, a pharhau yn nes ymlaen',
  notNowDone: 'Stopio yma.',
  reviewMessage: 'Beth hoffech chi ei wneud?',
  finish: 'Gorffen: nodi bod eich atebion yn gyflawn',
  finishHelp: 'Gallwch eu newid o hyd yn nes ymlaen, drwy barhau gyda --resume.',
  finishDone: 'Gorffen.',
  completed: 'Mae eich atebion yn gyflawn ac wedi’u cadw.',
  thanks: 'Diolch.',
  resumeMessage: 'Hoffech chi barhau gyda nhw, neu ddechrau eto?',
  startNew: 'Dechrau asesiad newydd',
  startNewHelp: 'Mae’r atebion anorffenedig yn aros fel y maen nhw.',
  startNewDone: 'Dechrau asesiad newydd.',

  dontKnowHelpLived: 'Dydych chi ddim yn siŵr. Mae hynny’n ateb da hefyd.',
  notApplicableHelpLived:
    'Nid yw’r cwestiwn hwn yn berthnasol i chi, nac i’r rhan o’r gwasanaeth rydych yn ei defnyddio.',
  helpHelpLived: 'Beth mae’r cwestiwn hwn yn ei olygu.',
  dontKnowHelp:
    'Dydych chi ddim yn siŵr, neu does gennych chi mo’r wybodaeth. Mae hynny’n ateb defnyddiol hefyd.',
  notApplicableHelp: 'Nid yw hyn yn berthnasol i’ch gwasanaeth.',
  helpHelp: 'Sut olwg sydd ar arfer da, a beth y gallech gyfeirio ato.',
  answerDone: 'Eich ateb: {label}.',
  pickNothing: 'Does dim wedi’i ddewis eto. {hint}',
  pickNoSuch:
    'Ni ddewiswyd dim: does dim dewis {typed}. Mae’r dewisiadau wedi’u rhifo o 1 i {last}.',
  pickCannot: 'Ni ddewiswyd dim: ni ellir dewis dewis {number} nawr ({why}).',
  pickNotAKey: 'Dim ond rhifau a’r bysellau saeth sy’n dewis yma. {hint}',
  pickTyped: 'Fe deipioch chi {typed}: {label}. Pwyswch Enter i’w ddewis.',
  pickTypedNone:
    'Fe deipioch chi {typed}, ond does dim dewis {typed}. Mae’r dewisiadau wedi’u rhifo o 1 i {last}; pwyswch Backspace i’w newid.',
  pickTypedCannot:
    'Fe deipioch chi {typed}, ond ni ellir dewis hwnnw nawr ({why}). Pwyswch Backspace i’w newid.',
  welcomeTitle: '{title} (fersiwn {version})',
  welcomeCount:
    'Mae {questions, plural, zero {dim un cwestiwn} one {un cwestiwn} two {dau gwestiwn} few {tri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} mewn {domains, plural, zero {dim parth} one {un parth} two {dau barth} few {tri pharth} many {chwe pharth} other {# parth}}. Dim ond y rhai sy’n addas i’ch rôl a gewch, felly efallai y bydd llai.',
  welcomeSkip:
    'Gellir hepgor unrhyw gwestiwn. Mae “Ddim yn gwybod” a “Ddim yn berthnasol” yn atebion iawn.',
  welcomeSaved: 'Mae eich atebion yn cael eu cadw ar ôl pob un, yn {file}.',
  welcomePause:
    'I oedi, dewiswch “Oedi a chadw” wrth unrhyw gwestiwn, neu pwyswch Ctrl-C. Gallwch barhau yn nes ymlaen o’r man lle stopioch.',
  noQuestions:
    'Does dim cwestiynau i chi eu hateb yn y fframwaith hwn. Gallwch orffen yn yr adolygiad.',
  introCount:
    'Mae gennych {questions, plural, zero {ddim un cwestiwn} one {un cwestiwn} two {ddau gwestiwn} few {dri chwestiwn} many {chwe chwestiwn} other {# cwestiwn}} i’w hateb, mewn {domains, plural, zero {dim parth} one {un parth} two {dau barth} few {tri pharth} many {chwe pharth} other {# parth}}.',
  introMore: 'Efallai y bydd ychydig mwy yn dilyn o rai atebion.',
  support: 'Os yw cwestiwn yn codi rhywbeth i chi: {support}',
  welcomeBack: 'Croeso’n ôl i {title}.',
  soFar:
    'Hyd yma: {answered} o {total, plural, zero {0 cwestiwn} one {1 cwestiwn} two {2 gwestiwn} few {3 chwestiwn} many {6 chwestiwn} other {# cwestiwn}} wedi’u hateb, {skipped} wedi’u hepgor.',
  allDone: 'Mae gan bob cwestiwn ateb neu cafodd ei hepgor, felly dyma’r adolygiad.',
  carryingOn: 'Parhau wrth gwestiwn {at} o {total}.',
  savedEach:
    'Mae eich atebion yn cael eu cadw ar ôl pob un, yn {file}. I oedi, dewiswch “Oedi a chadw” neu pwyswch Ctrl-C.',
  versionNote:
    'Nodyn: dechreuwyd yr atebion hyn gyda fersiwn {was} o {id}, a fersiwn {now} yw’r fframwaith nawr. Yr un prif fersiwn yw hi, felly gallwch barhau.',
  removedNote:
    'Nodyn: nid yw’r cwestiwn “{id}” yn {framework} {version} mwyach. Mae ei ateb yn aros yn y ffeil, ond nid yw’n cael ei ddefnyddio.',
  fileNote: 'Nodyn: {message}',
  heading: '{domain}: parth {domainNumber} o {domainCount}, cwestiwn {number} o {total}',
  answerSoFar: 'Eich ateb hyd yma: {answer}.',
  skippedEarlier: 'Fe hepgoroch chi’r cwestiwn hwn yn gynharach.',
  yourNote: 'Eich nodyn: “{note}”',
  pointTo: 'Beth y gallech gyfeirio ato:',
  dropped:
    'Mae eich ateb i “{question}” wedi’i dynnu, gan nad yw’r cwestiwn hwnnw’n berthnasol mwyach ar ôl eich ateb diwethaf.',
  droppedNoteKept: 'Mae eich nodyn arno’n cael ei gadw.',
  openedInTurn:
    '{count, plural, one {Mae eich ateb yn agor cwestiwn; byddwch yn dod ato yn ei dro:} two {Mae eich ateb yn agor dau gwestiwn; byddwch yn dod atynt yn eu tro:} few {Mae eich ateb yn agor tri chwestiwn; byddwch yn dod atynt yn eu tro:} many {Mae eich ateb yn agor chwe chwestiwn; byddwch yn dod atynt yn eu tro:} other {Mae eich ateb yn agor # cwestiwn; byddwch yn dod atynt yn eu tro:}}',
  openedInReview:
    '{count, plural, one {Mae eich ateb yn agor cwestiwn; gallwch ei ateb o’r adolygiad, o dan y cwestiynau heb eu hateb eto:} two {Mae eich ateb yn agor dau gwestiwn; gallwch eu hateb o’r adolygiad, o dan y cwestiynau heb eu hateb eto:} few {Mae eich ateb yn agor tri chwestiwn; gallwch eu hateb o’r adolygiad, o dan y cwestiynau heb eu hateb eto:} many {Mae eich ateb yn agor chwe chwestiwn; gallwch eu hateb o’r adolygiad, o dan y cwestiynau heb eu hateb eto:} other {Mae eich ateb yn agor # cwestiwn; gallwch eu hateb o’r adolygiad, o dan y cwestiynau heb eu hateb eto:}}',
  countAnswered: '{count} wedi’u hateb',
  countSkipped: '{count} wedi’u hepgor',
  countOpen: '{count} heb eu hateb eto',
  reviewNone: 'Adolygiad',
  reviewNothing: 'Doedd dim cwestiynau i chi eu hateb.',
  reviewTitle: 'Adolygu eich atebion',
  answerOpen:
    '{count, plural, one {Ateb yr un cwestiwn sydd heb ei ateb eto} two {Ateb y ddau gwestiwn sydd heb eu hateb eto} few {Ateb y tri chwestiwn sydd heb eu hateb eto} many {Ateb y chwe chwestiwn sydd heb eu hateb eto} other {Ateb y # cwestiwn sydd heb eu hateb eto}}',
  changeIn: 'Edrych ar eich atebion am {domain}, neu eu newid',
  domainMessage: 'Pa gwestiwn am {domain}?',
  statusAnswered: 'wedi’i ateb: {answer}',
  statusSkipped: 'wedi’i hepgor',
  statusOpen: 'heb ei ateb eto',
  unfinished:
    '{count, plural, one {Mae atebion anorffenedig i’r fframwaith hwn yma.} two {Mae dwy set o atebion anorffenedig i’r fframwaith hwn yma.} few {Mae tair set o atebion anorffenedig i’r fframwaith hwn yma.} many {Mae chwe set o atebion anorffenedig i’r fframwaith hwn yma.} other {Mae # set o atebion anorffenedig i’r fframwaith hwn yma.}}',
  carryOnWith: 'Parhau gyda {file}',
  answeredSoFar:
    '{count, plural, zero {Dim un cwestiwn} one {Un cwestiwn} two {Dau gwestiwn} few {Tri chwestiwn} many {Chwe chwestiwn} other {# cwestiwn}} wedi’u hateb hyd yma.',
  answeredSoFarSaved:
    '{count, plural, zero {Dim un cwestiwn} one {Un cwestiwn} two {Dau gwestiwn} few {Tri chwestiwn} many {Chwe chwestiwn} other {# cwestiwn}} wedi’u hateb hyd yma; cadwyd ddiwethaf {saved}.',
  paused: 'Wedi oedi. Mae eich atebion wedi’u cadw yn {file}.',
  stoppedNothing: 'Wedi stopio. Ni chadwyd dim, gan nad oedd dim cwestiynau wedi’u hateb eto.',
  stopped: 'Wedi stopio. Mae eich atebion wedi’u cadw yn {file}.',
  toCarryOn: 'I barhau o’r man lle gadawoch:',
  tookOver:
    'Nodyn: gadawodd attune assess cynharach (proses {pid}) y ffeil hon ar glo ond nid yw’n rhedeg mwyach; parhau.',
  lockedElsewhere:
    'Mae {file} ar agor yn attune assess ar gyfrifiadur arall, {host}, ers {since}. Ni all attune ddweud o’r fan hon a yw’n dal i redeg yno.',
  heldStarting:
    'Mae {file} ar agor mewn attune assess arall, sy’n dechrau. Rhowch gynnig arall arni mewn munud.',
  heldHere:
    'Mae {file} ar agor mewn attune assess arall (proses {pid}, ers {since}). Parhewch yno, neu oedwch yno yn gyntaf; pan fydd wedi dod i ben, bydd y ffeil yn rhydd eto.',
  heldElsewhere:
    'Mae {file} ar agor mewn attune assess arall ar {host} (proses {pid}, ers {since}). Parhewch yno, neu oedwch yno yn gyntaf; pan fydd wedi dod i ben, bydd y ffeil yn rhydd eto.',
  fileExists:
    'Mae {file} yn bodoli’n barod. I barhau gyda’r atebion hynny, defnyddiwch --resume {file}; i ddechrau eto, dewiswch ffeil arall gyda --out',
  lockMessage: 'Beth hoffech chi ei wneud?',
  lockStop: 'Stopio yma, a pharhau yno',
  lockStopDone: 'Stopio yma.',
  lockTakeOver: 'Cymryd y ffeil drosodd: mae attune wedi stopio ar y cyfrifiadur arall',
  lockTakeOverHelp:
    'Dim ond os yw wedi stopio yno. Os yw’n dal i redeg, byddai’r ddau’n cadw dros atebion ei gilydd.',
  lockTakeOverDone: 'Cymryd y ffeil drosodd.',
  badLang: 'nid yw --lang "{lang}" yn dag iaith; defnyddiwch un fel en-GB neu cy',
  noTerminal:
    'Mae assess yn gofyn ei gwestiynau mewn terfynell, a does dim un yma (nid terfynell yw ei fewnbwn na’i allbwn). I sgorio ffeiliau atebion, defnyddiwch attune report; i bobl y byddai’n well ganddynt beidio â defnyddio terfynell, gwnewch y ffurflen all-lein gydag attune form.',
  frameworkNotFound:
    '{file}: nid yw ei fframwaith "{id}" wedi’i gynnwys yn attune nac yn ./frameworks; enwch ei ffeil gyda --framework llwybr/i/fframwaith.yaml',
  answersAt: 'Atebion: {file}',
  reportAt: 'Adroddiad: {file}',
};
