using System.Text;

namespace Crm.Shared.Infrastructure.Commands;

/// <summary>
/// What a host command talks to: standard input, output and error, and the environment variables. The process passes
/// its own (<see cref="ForProcess"/>); tests pass readers, writers and a dictionary.
/// </summary>
public sealed record HostCommandContext(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>True when the input is a person at a terminal (secrets are then read without echo).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Reads an environment variable; <c>null</c> when it is not set.</summary>
    public Func<string, string?> Environment { get; init; } = _ => null;

    /// <summary>The process's console and environment.</summary>
    public static HostCommandContext ForProcess() => new(Console.In, Console.Out, Console.Error)
    {
        InputIsTerminal = !Console.IsInputRedirected,
        Environment = System.Environment.GetEnvironmentVariable,
    };

    /// <summary>
    /// Reads one line holding a secret: from a terminal, after a prompt and without echo; otherwise the next line of the
    /// input, without prompt. <c>null</c> at the end of the input.
    /// </summary>
    public string? ReadSecret(string prompt)
    {
        if (!InputIsTerminal)
        {
            return Input.ReadLine();
        }

        Output.Write(prompt);
        Output.Flush();
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Output.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
