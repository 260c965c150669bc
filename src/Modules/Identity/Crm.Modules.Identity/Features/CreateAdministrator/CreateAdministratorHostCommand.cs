using Crm.Shared.Infrastructure.Commands;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Identity.Features.CreateAdministrator;

/// <summary>
/// <c>admin create --email &lt;address&gt; [--name "Display Name"]</c>: the command line beside <see cref="CreateAdministrator"/>,
/// as an endpoint is beside a use case. The password comes from <c>CRM_ADMIN_PASSWORD</c> or else from standard input
/// (one line; typed without echo, twice, at a terminal), never from the arguments, which other users of the machine can see.
/// </summary>
internal sealed class CreateAdministratorHostCommand : IHostCommand
{
    public const string PasswordVariable = "CRM_ADMIN_PASSWORD";
    private const string DefaultDisplayName = "Administrator";

    public string Name => "admin create";

    public string Arguments => $"--email <address> [--name \"Display Name\"]   (password from {PasswordVariable}, else one line on standard input)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, HostCommandContext context, CancellationToken cancellationToken)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await context.Output.WriteLineAsync(UsageLine);
            return 0;
        }

        if (!TryParse(args, out var email, out var displayName, out var problem))
        {
            return await Refuse(context, problem, UsageLine);
        }

        var password = context.Environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = context.ReadSecret($"Password for {email} (12 characters at least): ");
            if (context.InputIsTerminal && !string.IsNullOrEmpty(password) && context.ReadSecret("Repeat the password: ") != password)
            {
                return await Refuse(context, "The two passwords differ; nothing was created.");
            }
        }

        if (string.IsNullOrEmpty(password))
        {
            return await Refuse(context, $"No password: set {PasswordVariable}, or write the password as one line on standard input.");
        }

        try
        {
            var result = await services.GetRequiredService<ISender>().Send(new CreateAdministrator(email, displayName, password), cancellationToken);
            if (!result.IsSuccess)
            {
                return await Refuse(context, $"The administrator was not created: {result.Error.Message}");
            }

            var user = result.Value;
            await context.Output.WriteLineAsync(
                $"Created the administrator {user.Email} ({user.DisplayName}, id {user.Id}) with the role {string.Join(", ", user.Roles)}; sign in with this email and the password.");
            return 0;
        }
        catch (ValidationException ex)
        {
            return await Refuse(context, $"The administrator was not created: {string.Join(" ", ex.Errors.Select(e => e.ErrorMessage))}", UsageLine);
        }
    }

    private string UsageLine => $"usage: dotnet Crm.Host.dll {Name} {Arguments}";

    private static bool TryParse(IReadOnlyList<string> args, out string email, out string displayName, out string problem)
    {
        string? foundEmail = null;
        string? foundName = null;
        problem = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            var (option, inlineValue) = args[i].Split('=', 2) is [var o, var v] && o.StartsWith("--", StringComparison.Ordinal) ? (o, v) : (args[i], null);
            if (option is not ("--email" or "--name"))
            {
                problem = $"Unexpected argument '{args[i]}'.";
                break;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (value is null)
            {
                problem = $"{option} needs a value.";
                break;
            }

            if ((option == "--email" ? foundEmail : foundName) is not null)
            {
                problem = $"{option} is given twice.";
                break;
            }

            if (option == "--email")
            {
                foundEmail = value;
            }
            else
            {
                foundName = value;
            }
        }

        if (problem.Length == 0 && string.IsNullOrWhiteSpace(foundEmail))
        {
            problem = "--email is required.";
        }

        email = foundEmail ?? string.Empty;
        displayName = foundName ?? DefaultDisplayName;
        return problem.Length == 0;
    }

    private static async Task<int> Refuse(HostCommandContext context, params string[] lines)
    {
        foreach (var line in lines)
        {
            await context.Error.WriteLineAsync(line);
        }

        return 1;
    }
}
