// Child process of bench/run.ts: what a bot process holds with the default article — the engine built by loadEngine,
// discord.js and the bot's modules loaded, 1000 questions answered — as RSS and heap after a full GC, in JSON.
import { loadEngine } from '../src/load.ts';
import { evalQuestions } from './corpus.ts';
import { memory } from './stats.ts';

const before = memory();
const engine = loadEngine();
await import('discord.js');
await import('../src/discord/bot.ts');
const questions = evalQuestions('default').map((q) => q.question);
for (let i = 0; i < 1000; i++) engine.ask(questions[i % questions.length]!);
const after = memory();
process.stdout.write(JSON.stringify({ before, after }) + '\n');
