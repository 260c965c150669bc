using Crm.Shared.Infrastructure.Commands;
using Crm.Shared.Infrastructure.Modules;

namespace Crm.Host;

/// <summary>
/// Runs the host command the arguments name (<c>admin create …</c>) instead of serving: finds it among the registered
/// commands, migrates every module as the server would, runs it and gives its exit code.
/// </summary>
internal static class HostCommandLine
{
    private const string ProgramName = "dotnet Crm.Host.dll";

    /// <summary>Prepares the builder for a command: its outcome is printed by the command, so the log keeps warnings and errors.</summary>
    public static void Prepare(WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration[HostCommands.RunningKey] = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')));
        builder.Logging.AddFilter(category: null, LogLevel.Warning);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args, StartupMigrations migrations, IEnumerable<IModule> modules)
    {
        var context = HostCommandContext.ForProcess();
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IHostCommand>().ToList();
        if (!HostCommands.TryFind(commands, args, out var command, out var rest))
        {
            await context.Error.WriteLineAsync($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            HostCommands.WriteUsage(commands, ProgramName, context.Error);
            return 1;
        }

        if (!await migrations.RunAsync(modules, app.Services, app.Logger, app.Lifetime.ApplicationStopping))
        {
            return 1;
        }

        return await command.RunAsync(rest, scope.ServiceProvider, context, app.Lifetime.ApplicationStopping);
    }
}
