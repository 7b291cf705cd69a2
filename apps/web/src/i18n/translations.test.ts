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
import { resources } from './resources';

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

const languages: Record<string, Tree> = Object.fromEntries(
  Object.entries(resources).map(([code, bundle]) => [code, bundle.translation as Tree]),
);

describe('translation files', () => {
  it('every language has the same keys as Latvian', () => {
    const reference = [...requestableKeys(languages.lv)].sort();
    for (const tree of Object.values(languages)) {
      expect([...requestableKeys(tree)].sort()).toEqual(reference);
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
