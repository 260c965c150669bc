using System.Diagnostics.CodeAnalysis;

namespace Crm.Shared.Infrastructure.Commands;

/// <summary>Recognises a host command on the command line and finds the registered command it names.</summary>
public static class HostCommands
{
    /// <summary>
    /// Configuration key the host sets to the command line while a command runs (instead of the server), so that start-up
    /// work meant for a serving process (such as creating the first administrator from the environment) can stand aside.
    /// </summary>
    public const string RunningKey = "Host:Command";

    /// <summary>
    /// True when the first argument is a bare word: configuration arguments start with <c>--</c>, <c>-</c> or <c>/</c>
    /// or hold <c>=</c>, and the configuration ignores any other argument, so a bare word can only name a command.
    /// </summary>
    public static bool Requested(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0].Length > 0 && args[0][0] is not ('-' or '/') && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>The command whose name the arguments start with (the longest name wins), and the arguments after it.</summary>
    public static bool TryFind(
        IEnumerable<IHostCommand> commands,
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out IHostCommand? command,
        out IReadOnlyList<string> rest)
    {
        command = commands
            .Where(c => StartsWithName(args, c.Name))
            .OrderByDescending(c => NameWords(c.Name).Length)
            .FirstOrDefault();
        rest = command is null ? [] : [.. args.ToArray()[NameWords(command.Name).Length..]];
        return command is not null;
    }

    /// <summary>Writes one usage line per command, for a command line that names none of them.</summary>
    public static void WriteUsage(IEnumerable<IHostCommand> commands, string program, TextWriter writer)
    {
        writer.WriteLine($"usage: {program}   (serves the CRM)");
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            writer.WriteLine($"       {program} {command.Name} {command.Arguments}");
        }
    }

    private static bool StartsWithName(IReadOnlyList<string> args, string name)
    {
        var words = NameWords(name);
        return words.Length > 0 && args.Count >= words.Length && words.Select((w, i) => w == args[i]).All(same => same);
    }

    private static string[] NameWords(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
