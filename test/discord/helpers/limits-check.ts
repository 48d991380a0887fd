// What every message the bot sends must satisfy, whatever it says: Discord's limits and no mention that can ping.
import { expect } from 'vitest';
import { LIMITS } from '../../../src/discord/limits.ts';

export interface MessageData {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    author?: { name: string };
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  allowed_mentions?: unknown;
}

export function expectWellFormed(data: MessageData): void {
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect((data.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect((data.embeds ?? []).length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const e of data.embeds ?? []) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.author?.name ?? '').length).toBeLessThanOrEqual(LIMITS.embedAuthorName);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.embedFooter);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.value.length).toBeGreaterThan(0);
    }
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0);
    total += (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect((data.components ?? []).length).toBeLessThanOrEqual(LIMITS.actionRows);
  for (const row of data.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect((b.custom_id ?? '').length).toBeLessThanOrEqual(LIMITS.customId);
      expect((b.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
}

/** Autocomplete answers: at most 25, names and values 1–100 characters. */
export function expectChoicesFit(choices: readonly { name: string; value: string }[]): void {
  expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
  for (const c of choices) {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
    expect(c.value.length).toBeGreaterThan(0);
    expect(c.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
  }
}
