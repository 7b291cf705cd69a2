import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUDIT_ACTIONS,
  auditActionKey,
  CALL_STATUSES,
  ORGANISATION_TYPES,
  PROBLEM_TYPES,
  ROLES,
} from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_PROBLEM_TYPES } from '../lib/api-problem';
import { LAYOUT_TEXT_AREAS } from './text-areas';
import { TEXT_AREAS } from './texts';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : leafKeys(value, path);
  });
}

/** Keys as code asks for them: `auth.passwordHint_one` is `auth.passwordHint`. */
function requestableKeys(tree: Tree): Set<string> {
  return new Set(leafKeys(tree).map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

// Every file of every language, as the app loads them one by one (texts.ts), read at once here.
const files = import.meta.glob<Tree>(['./*.json', './*/*.json'], { eager: true, import: 'default' });

/** `lv.json` with the top-level keys of every `lv/<area>.json` beside it: all of a language's keys. */
function allTexts(language: string): Tree {
  const merged: Tree = { ...files[`./${language}.json`] };
  for (const [file, tree] of Object.entries(files)) {
    if (!file.startsWith(`./${language}/`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      // One key, one place: i18next would find only one of two.
      if (key in merged) throw new Error(`${file}: top-level key "${key}" is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

const LANGUAGE_CODES = Object.keys(files)
  .map((file) => /^\.\/(\w+)\.json$/.exec(file)?.[1])
  .filter((code): code is string => Boolean(code));
const languages: Record<string, Tree> = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, allTexts(code)]));
const areasOf = (language: string) =>
  Object.keys(files)
    .filter((file) => file.startsWith(`./${language}/`))
    .map((file) => file.slice(`./${language}/`.length, -'.json'.length))
    .sort();

describe('translation files', () => {
  it('has Latvian and English, each in the same area files, each area under its own key', () => {
    expect(LANGUAGE_CODES.sort()).toEqual(['en', 'lv']);
    for (const code of LANGUAGE_CODES) expect(areasOf(code)).toEqual([...TEXT_AREAS]);
    expect(TEXT_AREAS).toEqual(expect.arrayContaining([...LAYOUT_TEXT_AREAS]));
  });

  it('every language has the same keys as Latvian', () => {
    const reference = [...requestableKeys(languages.lv)].sort();
    for (const tree of Object.values(languages)) {
      expect([...requestableKeys(tree)].sort()).toEqual(reference);
    }
  });

  it('gives every plural text each plural category of its language (Latvian: zero, one, other) and no foreign one', () => {
    for (const [code, tree] of Object.entries(languages)) {
      const categories: string[] = [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
      const found = new Map<string, string[]>();
      for (const key of leafKeys(tree)) {
        const match = PLURAL_SUFFIX.exec(key);
        if (match) found.set(key.replace(PLURAL_SUFFIX, ''), [...(found.get(key.replace(PLURAL_SUFFIX, '')) ?? []), match[1]]);
      }
      // i18next also takes `_zero` for a count of 0 in any language, so English may have it.
      const wrong = [...found]
        .filter(([, have]) => categories.some((category) => !have.includes(category)) || have.some((category) => category !== 'zero' && !categories.includes(category)))
        .map(([key, have]) => `${code} ${key}: ${have.sort().join(', ')}`);
      expect(wrong).toEqual([]);
    }
  });

  it('has no empty texts', () => {
    for (const tree of Object.values(languages)) {
      const empty = leafKeys(tree).filter((key) => {
        const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('has every literal key the source code asks for', () => {
    const keys = requestableKeys(languages.lv);
    const srcDir = join(__dirname, '..');
    const missing = sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)]
        .map((match) => match[1])
        .filter((key) => key.includes('.') && !keys.has(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('names every status, organisation type, role and problem type', () => {
    const keys = requestableKeys(languages.lv);
    const wanted = [
      ...CALL_STATUSES.map((status) => `callStatus.${status}`),
      ...ORGANISATION_TYPES.map((type) => `organisationType.${type}`),
      ...ROLES.map((role) => `role.${role}`),
      ...Object.keys(PROBLEM_TYPES).map((name) => `problems.${name}`),
      ...Object.keys(CLIENT_PROBLEM_TYPES).map((name) => `problems.${name}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('translates every message key the shared schemas use', () => {
    const keys = requestableKeys(languages.lv);
    const sharedSource = readFileSync(
      join(__dirname, '../../../../packages/shared/src/calls.ts'),
      'utf8',
    );
    const messageKeys = [...sharedSource.matchAll(/message: '([\w.]+)'/g)].map((match) => match[1]);
    expect(messageKeys.length).toBeGreaterThan(0);
    expect(messageKeys.filter((key) => !keys.has(`validation.${key}`))).toEqual([]);
  });

  it('names every audit action the API can write (history, recent activity, audit log), in every language', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(80);
    for (const tree of Object.values(languages)) {
      const keys = requestableKeys(tree);
      expect(AUDIT_ACTIONS.filter((action) => !keys.has(auditActionKey(action)))).toEqual([]);
    }
    // No text for an action that no longer exists.
    const named = [...requestableKeys(languages.lv)].filter((key) => key.startsWith('auditActions.'));
    expect(named.sort()).toEqual(AUDIT_ACTIONS.map(auditActionKey).sort());
  });

  it('translates every answer and form-definition message key of the shared schemas', () => {
    const keys = requestableKeys(languages.lv);
    const read = (name: string) => readFileSync(join(__dirname, `../../../../packages/shared/src/${name}`), 'utf8');
    const answerKeys = [...`${read('answers.ts')}${read('budget.ts')}`.matchAll(/'((?:answer|budget)\.[\w.]+)'/g)].map((match) => match[1]!);
    const relations = [...read('forms.ts').matchAll(/COMPARE_RELATIONS = \[([^\]]+)\]/g)][0]![1]!.match(/\w+/g)!;
    const wanted = [...answerKeys.filter((key) => !key.endsWith('.')), ...relations.map((relation) => `answer.compare.${relation}`)];
    expect(wanted.filter((key) => !keys.has(`formRenderer.messages.${key}`))).toEqual([]);
    const formKeys = [...read('forms.ts').matchAll(/'(form\.[\w.]+)'/g)].map((match) => match[1]!);
    expect(formKeys.length).toBeGreaterThan(10);
    expect(formKeys.filter((key) => !keys.has(`callForms.errors.${key}`))).toEqual([]);
  });
});
