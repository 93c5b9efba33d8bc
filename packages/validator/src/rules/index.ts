/** Every rule family, in one list; validate.ts runs them all in a single walk. */
import { engineRule } from './engine';
import { globalsRule } from './globals';
import { modulesRule } from './modules';
import { mutationRule } from './mutation';
import { propertiesRule } from './properties';
import type { RuleFactory } from './rule';
import { statementsRule } from './statements';

export const RULES: readonly RuleFactory[] = [globalsRule, modulesRule, propertiesRule, mutationRule, statementsRule, engineRule];

export type { Rule, RuleContext, RuleFactory } from './rule';
