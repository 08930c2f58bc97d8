// The help and the usage errors are wholly in the user's language: commander's own English words (its titles,
// « (choices: …, default: …) », « [command] », its suggestions) are said in French for a French user, and an
// English user reads exactly what commander writes.
import { Command, Option } from 'commander';
import { helpIn, usageError } from '../../../src/cli/usage';
import { runCli } from './helpers';

const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };

/** Every help the command line shows, as a user asks for it. */
const HELPS = [
  ['--help'],
  ['help', 'check'],
  ['check', '--help'],
  ['template', '--help'],
  ['updates-template', '--help'],
  ['publish', '--help'],
  ['help', 'publish'],
];

// commander's words, and the names it gives what an option takes, as they would show in a French help.
const ENGLISH = /Usage:|Arguments:|Options:|Commands:|choices:|default:|\[command\]|<file>|<files|<dir>|<lang>|paths/;

describe('help in French', () => {
  it.each(HELPS)('%s %s: no English word of commander, its titles in French', async (...args) => {
    const r = await runCli(args.filter(Boolean), FR);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : jalon/);
    expect(r.stdout).toMatch(/^Options :$/m);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('says the values an option takes and its default in French, and the names of what options take', async () => {
    const check = (await runCli(['check', '--help'], FR)).stdout.replace(/\s+/g, ' ');
    expect(check).toContain(
      '--format <format> format du rapport (csv et csv-remarks : colonnes séparées par des points-virgules, comme les lit Excel en français) (valeurs possibles : text, json, md, html, sarif, csv, csv-remarks ; par défaut : text)',
    );
    expect(check).toContain('--out <fichier>');
    expect(check).toContain('Utilisation : jalon check [options] [chemins...]');
    const program = (await runCli(['--help'], FR)).stdout;
    expect(program).toMatch(/^Commandes :$/m);
    expect(program).toContain('help [commande]');
    const publish = (await runCli(['publish', '--help'], FR)).stdout;
    expect(publish).toContain('--updates <fichiers...>');
    expect(publish).toContain('--out <dossier>');
  });

  it('help in English is commander’s own', async () => {
    const r = await runCli(['check', '--help'], EN);
    expect(r.stdout).toMatch(/^Usage: jalon check \[options\] \[paths\.\.\.\]$/m);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      '(choices: "text", "json", "md", "html", "sarif", "csv", "csv-remarks", default: "text")',
    );
  });
});

describe('the English help configuration', () => {
  it('writes what commander writes by itself, for options with choices, defaults, both, or neither', () => {
    const make = () => {
      const program = new Command('jalon').helpCommand('help [command]', 'help');
      program
        .command('run')
        .argument('[paths...]', 'the paths')
        .addOption(new Option('--format <format>', 'format').choices(['a', 'b']).default('a'))
        .addOption(new Option('--level <n>', 'level').default(3))
        .addOption(new Option('--lang <lang>', 'language').choices(['fr', 'en']))
        .option('--quiet', 'quiet')
        .addOption(new Option('--mode <mode>').choices(['x']));
      return program;
    };
    const plain = make();
    const ours = make();
    const english = helpIn('en');
    // Set on each command, as commands made after `configureHelp` inherit it.
    for (const c of [ours, ...ours.commands]) c.configureHelp(english);
    for (const [a, b] of [[plain, ours], ...plain.commands.map((c, i) => [c, ours.commands[i]])] as [
      Command,
      Command,
    ][])
      expect(b.helpInformation()).toBe(a.helpInformation());
    // The French one says the same things otherwise.
    const french = make();
    for (const c of [french, ...french.commands]) c.configureHelp(helpIn('fr'));
    const run = french.commands[0].helpInformation().replace(/\s+/g, ' ');
    expect(run).toContain('(valeurs possibles : a, b ; par défaut : a)');
    expect(run).toContain('level (par défaut : 3)');
    expect(run).toContain('--mode <mode> (valeurs possibles : x)');
  });
});

describe('usage errors in French', () => {
  it('an unknown option or command, and commander’s suggestion under it', async () => {
    const option = await runCli(['check', '--fromat', 'md', 'x.md'], FR);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('erreur : option inconnue « --fromat »\n(Vouliez-vous dire --format ?)\n');
    const command = await runCli(['chek'], FR);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('erreur : commande inconnue « chek »');
    expect(command.stderr).toContain('(Vouliez-vous dire check ?)');
    expect(command.stderr).not.toMatch(/Did you mean|error:/);
  });

  it('an argument missing', async () => {
    const r = await runCli(['publish'], FR);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('erreur : argument obligatoire « plan » absent\n');
  });

  it('several suggestions', () => {
    expect(usageError("error: unknown command 'x'\n(Did you mean one of a, b?)", 'fr')).toBe(
      'erreur : commande inconnue « x » (commandes : check, template, updates-template, publish)\n(Vouliez-vous dire l’un de ceux-ci : a, b ?)',
    );
  });

  it('in English, as commander says them, quoted as the English catalogue quotes', async () => {
    const r = await runCli(['check', '--fromat', 'md', 'x.md'], EN);
    expect(r.stderr).toBe('error: unknown option "--fromat"\n(Did you mean --format?)\n');
    expect((await runCli(['publish'], EN)).stderr).toBe('error: missing required argument "plan"\n');
    expect(usageError("error: unknown option '--x'\n(Did you mean one of --a, --b?)", 'en')).toBe(
      'error: unknown option "--x"\n(Did you mean one of --a, --b?)',
    );
  });
});
