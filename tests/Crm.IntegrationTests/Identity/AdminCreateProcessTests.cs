using System.Diagnostics;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// <c>dotnet Crm.Host.dll admin create …</c> as an operator runs it: the built host migrates a fresh SQLite folder,
/// runs the command instead of serving, and exits with its code.
/// </summary>
internal sealed class AdminCreateProcessTests
{
    private const string Password = "violet tractor harbour";
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("crm-admin-create-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task AdminCreate_OnAFreshDatabase_CreatesTheAdministratorOnceAndExits()
    {
        var first = await RunHost(["admin", "create", "--email", "root@crm.test", "--name", "Grace Hopper"], passwordVariable: Password);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.Output);
            Assert.That(first.Output, Does.Contain("Created the administrator root@crm.test (Grace Hopper"));
            Assert.That(first.Output, Does.Not.Contain("No user exists yet"), "the start-up seeder stands aside while a command runs");
            Assert.That(File.Exists(Path.Combine(_folder, "identity.db")), Is.True, "the databases were migrated");
        });

        var second = await RunHost(["admin", "create", "--email", "root@crm.test"], passwordVariable: Password);
        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.EqualTo(1), second.Output);
            Assert.That(second.Output, Does.Contain("A user with the email root@crm.test exists already"));
        });

        var fromInput = await RunHost(["admin", "create", "--email", "second@crm.test"], input: Password + "\n");
        Assert.That(fromInput.ExitCode, Is.Zero, fromInput.Output);
    }

    [Test]
    public async Task UnknownCommand_ExitsWithTheListOfCommands()
    {
        var result = await RunHost(["admin", "delete", "--email", "root@crm.test"], passwordVariable: Password);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
            Assert.That(result.Output, Does.Contain("Unknown command 'admin delete'").And.Contain("admin create --email <address>"));
            Assert.That(Directory.GetFiles(_folder, "*.db"), Is.Empty, "nothing is migrated for a command that does not exist");
        });
    }

    private async Task<(int ExitCode, string Output)> RunHost(string[] args, string? passwordVariable = null, string input = "")
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__SqliteDirectory"] = _folder;
        start.Environment["ConnectionStrings__Crm"] = string.Empty;
        start.Environment.Remove("CRM_ADMIN_EMAIL");
        start.Environment.Remove("CRM_ADMIN_PASSWORD");
        if (passwordVariable is not null)
        {
            start.Environment["CRM_ADMIN_PASSWORD"] = passwordVariable;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The host kept running instead of exiting after the command: " + await output);
        }

        return (process.ExitCode, await output + await error);
    }
}
