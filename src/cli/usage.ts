// commander's words in the user's language: its usage errors (« erreur : option inconnue ») and its help (titles,
// the values an option takes, `[options]` and `[command]`). English stays commander's own text, its quotes straight
// double ones as in the rest of the English catalogue.
import { Help, type HelpConfiguration } from 'commander';
import { cli, fill, type Lang } from '../core';

type Words = (typeof cli)['fr'];

// commander writes its usage errors in English: the usual ones, in the user's language (messages/cli.ts). An
// option's own reason (InvalidArgumentError, already in the user's language) comes after commander's words.
const USAGE: [RegExp, (w: Words) => string, string[]][] = [
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/m,
    (w) => w.usage.invalidChoice,
    ['option', 'value', 'choices'],
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/m,
    (w) => w.guard.invalidArgument,
    ['option', 'value', 'reason'],
  ],
  [/^error: unknown option '(.+)'$/m, (w) => w.usage.unknownOption, ['option']],
  [/^error: required option '(.+)' not specified$/m, (w) => w.usage.requiredOption, ['option']],
  [/^error: option '(.+)' argument missing$/m, (w) => w.usage.missingArgument, ['option']],
  [/^error: missing required argument '(.+)'$/m, (w) => w.helpText.missingArgument, ['argument']],
  [/^error: unknown command '(.+)'$/m, (w) => w.usage.unknownCommand, ['command']],
  [/^error: too many arguments.*$/m, (w) => w.usage.tooManyArguments, []],
];

// The line commander adds under an unknown option or command (suggestSimilar), said as well.
const SUGGESTIONS: [RegExp, (w: Words) => string, string][] = [
  [/^\(Did you mean one of (.+)\?\)$/m, (w) => w.helpText.didYouMeanOneOf, 'suggestions'],
  [/^\(Did you mean (.+)\?\)$/m, (w) => w.helpText.didYouMean, 'suggestion'],
];

export function usageError(message: string, lang: Lang): string {
  let out = message;
  for (const [re, words, names] of USAGE) {
    const m = re.exec(out);
    if (!m) continue;
    const vars = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
    const text = fill(words(cli[lang]), vars, lang);
    out = out.replace(re, () => text);
    break;
  }
  for (const [re, words, name] of SUGGESTIONS) {
    const m = re.exec(out);
    if (!m) continue;
    const text = fill(words(cli[lang]), { [name]: m[1] }, lang);
    out = out.replace(re, () => text);
    break;
  }
  return out;
}

/**
 * commander's help in the user's language: its titles (« Utilisation : »), the values an option takes and its
 * default, `[options]` and `[command]` in the usage lines. Inherited by every command made after it is set.
 */
export function helpIn(lang: Lang): HelpConfiguration {
  const w = cli[lang].helpText;
  const titles: Record<string, string> = {
    'Usage:': w.usage,
    'Arguments:': w.arguments,
    'Options:': w.options,
    'Commands:': w.commands,
    'Global Options:': w.globalOptions,
  };
  const terms = (s: string) =>
    s.replace(/\[options\]/g, `[${w.placeholders.options}]`).replace(/\[command\]/g, `[${w.placeholders.command}]`);
  const base = Help.prototype;
  // A text between the language's quotes (commander's: JSON's), anything else as JSON.
  const value = (v: unknown) =>
    typeof v === 'string' ? fill(w.choice, { value: JSON.stringify(v).slice(1, -1) }, lang) : JSON.stringify(v);
  return {
    styleTitle: (title) => titles[title] ?? title,
    commandUsage(this: Help, cmd) {
      return terms(base.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd) {
      return terms(base.subcommandTerm.call(this, cmd));
    },
    // As commander says them (choices, then the default where an option takes a value), in the user's words.
    optionDescription(this: Help, option) {
      if (option.presetArg !== undefined || option.envVar !== undefined)
        return base.optionDescription.call(this, option);
      const info: string[] = [];
      if (option.argChoices)
        info.push(fill(w.choices, { choices: option.argChoices.map(value).join(w.choiceSeparator) }, lang));
      const showDefault =
        option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault)
        info.push(fill(w.default, { value: option.defaultValueDescription || value(option.defaultValue) }, lang));
      if (info.length === 0) return option.description;
      const extra = `(${info.join(w.infoSeparator)})`;
      return option.description ? `${option.description} ${extra}` : extra;
    },
  };
}
