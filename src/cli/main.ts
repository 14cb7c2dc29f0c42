#!/usr/bin/env node
/**
 * The command line of CONTRACT.md. Exit codes: 0 analysed and nothing at or above --fail-on,
 * 1 findings at or above it, 2 bad usage or unreadable input (one line on stderr, no stack trace).
 */
import './heap.js'; // first: it tunes the heap before anything is allocated
import { Command, CommanderError, Option } from 'commander';
import { runAnalyze } from './analyze-command.js';
import { runRules } from './rules-command.js';
import { UsageError } from './options.js';
import { VERSION } from './version.js';
import { InputError } from '../ingest/read-input.js';
import { RulesError } from '../explain/knowledge-base.js';

const collect = (v: string, prev: string[]) => [...prev, v];

function program(): Command {
  const p = new Command('podmortem')
    .description('Offline analyzer for Kubernetes support bundles: what failed, why, what on the node, what to do.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.split('\n').find((l) => l.trim()) + '\n') })
    .showSuggestionAfterError(true);

  p.command('analyze')
    .description('analyse one or more bundles (archive, directory or single file) as one picture')
    .argument('<input...>', '.tar.gz/.tgz/.tar/.zip archive, directory, or a single file')
    .option('-o, --output <file>', "write the report to FILE ('-' for stdout)")
    .addOption(new Option('--format <format>', 'report format (default: html when writing a file, text on a terminal)').choices(['html', 'json', 'md', 'text']))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['en', 'zh']).default('en'))
    .option('--namespace <ns>', 'only this namespace (repeatable)', collect, [] as string[])
    .option('--since <time>', 'only findings seen since TIME (RFC 3339) or within a duration before collection (2h, 1d)')
    .addOption(new Option('--min-severity <level>', 'leave out findings below LEVEL').choices(['critical', 'error', 'warning', 'info']))
    .option('--rules <dir>', 'load a rule pack (repeatable)', collect, [] as string[])
    .option('--no-redact', 'do not redact secrets (warns on stderr)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above LEVEL').choices(['critical', 'error', 'warning', 'info', 'none']).default('error'))
    .option('-q, --quiet', 'no progress or warnings on stderr')
    .option('--max-bytes <size>', 'stop reading an input after SIZE of decompressed data (default 64G)')
    .option('--max-entries <n>', 'stop reading an input after N entries, nested archives included (default 1000000)')
    .option('--max-depth <n>', 'open archives nested at most N deep inside an input (default 4)')
    .option('--max-ratio <n>', 'treat compressed data expanding more than N times as a bomb (default 1000)')
    .action(async (inputs: string[], opts) => {
      process.exitCode = await runAnalyze(inputs, opts);
    });

  p.command('rules')
    .description('show what podmortem knows: reasons, causes and signals')
    .argument('[action]', 'list | show', 'list')
    .argument('[id]', 'the entry to show')
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'zh']).default('en'))
    .option('--rules <dir>', 'also load a rule pack (repeatable)', collect, [] as string[])
    .action((action: string, id: string | undefined, opts) => {
      process.exitCode = runRules(action, id, opts);
    });
  return p;
}

function fail(message: string): void {
  process.stderr.write(`podmortem: ${message}\n`);
  process.exitCode = 2;
}

/** The one line for a failure that is not the user's: no stack trace unless asked for. */
function internalError(e: unknown): void {
  const err = e as Error | undefined;
  const message = String(err?.message ?? e).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  fail(`internal error: ${message}${process.env['PODMORTEM_DEBUG'] ? `\n${err?.stack ?? ''}` : ' (set PODMORTEM_DEBUG=1 for details)'}`);
}

async function main(): Promise<void> {
  // An error thrown from a stream callback escapes every try: it still ends in one line, not a trace.
  const last = (e: unknown) => {
    internalError(e);
    process.exit(2);
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
  // `podmortem analyze x | head`: a closed pipe ends the output, it is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await program().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error already printed its one line
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UsageError || e instanceof InputError || e instanceof RulesError) {
      fail(e.message);
    } else {
      internalError(e);
    }
  }
}

void main();
