namespace Crm.Shared.Infrastructure.Commands;

/// <summary>
/// A one-off task the host runs instead of serving, such as <c>dotnet Crm.Host.dll admin create --email …</c>: the host
/// builds the app, migrates every module's database as it does before serving, runs the command and exits with its
/// code. A module registers its commands in DI as <see cref="IHostCommand"/> (scoped).
/// </summary>
public interface IHostCommand
{
    /// <summary>The words naming the command on the command line, separated by one space, e.g. <c>admin create</c>.</summary>
    string Name { get; }

    /// <summary>The arguments after the name, for the usage line, e.g. <c>--email &lt;address&gt; [--name "…"]</c>.</summary>
    string Arguments { get; }

    /// <summary>
    /// Runs with the arguments that follow the name and returns the process exit code: 0 when done, 1 when refused or
    /// failed (with the reason written to <see cref="HostCommandContext.Error"/>).
    /// </summary>
    Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, HostCommandContext context, CancellationToken cancellationToken);
}
