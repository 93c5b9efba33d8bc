/** Every hostile case, by class (one module per class). */
import type { Case, ClassedCase } from '../support/harness';
import * as guc from './guc';
import * as v8Fatal from './v8-fatal';
import * as watchdog from './watchdog';
import * as recursion from './recursion';
import * as rawPlv8 from './raw-plv8';
import * as intrinsics from './intrinsics';
import * as privileges from './privileges';
import * as records from './records';
import * as amplification from './amplification';
import * as sqlstates from './sqlstates';
import * as escapes from './escapes';
import * as pollution from './pollution';
import * as bombs from './bombs';
import * as floods from './floods';
import * as injection from './injection';

const CLASSES: Array<[string, { cases: Case[] }]> = [
  ['engine settings (GUC abuse)', guc],
  ['V8 fatal and OOM paths', v8Fatal],
  ['code outside the watchdog', watchdog],
  ['native recursion and wire size', recursion],
  ['raw PL/v8 reach', rawPlv8],
  ['intrinsics', intrinsics],
  ['find_function / start_proc EXECUTE', privileges],
  ['record forging', records],
  ['amplification', amplification],
  ['chosen SQLSTATEs', sqlstates],
  ['constructor chains, escapes, eval, with, stack hooks', escapes],
  ['prototype pollution and cross-role contexts', pollution],
  ['CPU / memory / stack bombs', bombs],
  ['install floods, giant and nested sources', floods],
  ['SQL injection through names, hashes, arguments', injection],
];

export const ALL_CASES: ClassedCase[] = CLASSES.flatMap(([cls, m]) => m.cases.map((c) => ({ ...c, cls })));
export const CLASS_NAMES = CLASSES.map(([cls]) => cls);
