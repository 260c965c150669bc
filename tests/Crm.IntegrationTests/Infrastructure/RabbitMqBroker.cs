using System.Diagnostics;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway RabbitMQ node (Debian's rabbitmq-server) with its own name, data folder and ports on 127.0.0.1,
/// run as the rabbitmq system user when the tests run as root.
/// </summary>
internal sealed class RabbitMqBroker : IAsyncDisposable
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly Process _process;
    private readonly string _folder;

    private RabbitMqBroker(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<RabbitMqBroker> StartAsync()
    {
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException($"RabbitMQ is not installed ({Server} missing): run ./build.sh test, which installs it.");
        }

        var folder = Directory.CreateTempSubdirectory("crm-rabbitmq-").FullName;
        var port = LoopbackPorts.Free();
        var enabledPlugins = Path.Combine(folder, "enabled_plugins");
        await File.WriteAllTextAsync(enabledPlugins, "[].");
        var asRoot = Environment.UserName == "root";
        var start = asRoot ? new ProcessStartInfo("runuser", $"-u rabbitmq -- {Server}") : new ProcessStartInfo(Server);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["HOME"] = folder;
        start.Environment["RABBITMQ_NODENAME"] = $"crm-test-{port}@localhost";
        start.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_NODE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["RABBITMQ_DIST_PORT"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia");
        start.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log");
        start.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = enabledPlugins;
        start.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq");
        if (asRoot)
        {
            var chown = Process.Start("chown", $"-R rabbitmq:rabbitmq {folder}");
            await chown.WaitForExitAsync();
        }

        var process = await LoopbackPorts.StartServerAsync(start, port, "RabbitMQ", TimeSpan.FromSeconds(60));

        return new RabbitMqBroker(process, folder, port);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
