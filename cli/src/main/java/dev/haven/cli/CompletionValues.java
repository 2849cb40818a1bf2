package dev.haven.cli;

import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Makes every command's enum-typed options complete to the values a user types: picocli offers an enum's Java
 * names ({@code JSON}), while haven's options take them in lower case ({@code json}) and its vocabularies in
 * their file spelling ({@code service-non-denial}).
 */
final class CompletionValues {

  private CompletionValues() {}

  /** Rewrites, in place, the candidates of every enum option without candidates of its own, in every command. */
  static CommandLine typedAsWritten(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    for (OptionSpec option : List.copyOf(spec.options())) {
      Class<?> type = option.auxiliaryTypes().length > 0 ? option.auxiliaryTypes()[0] : option.type();
      if (type.isEnum() && option.group() == null && isDefault(option, type)) {
        spec.remove(option);
        spec.addOption(OptionSpec.builder(option).completionCandidates(written(type)).build());
      }
    }
    cli.getSubcommands().values().forEach(CompletionValues::typedAsWritten);
    return cli;
  }

  /** Whether the option's candidates are picocli's default for an enum, its constants' Java names. */
  private static boolean isDefault(OptionSpec option, Class<?> type) {
    if (option.completionCandidates() == null) {
      return true;
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    List<String> given = new ArrayList<>();
    option.completionCandidates().forEach(given::add);
    return given.equals(names);
  }

  private static List<String> written(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c instanceof Vocabulary v ? v.wireName() : ((Enum<?>) c).name().toLowerCase(Locale.ROOT)
            .replace('_', '-'))
        .toList();
  }
}
