using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Commands;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// <c>admin create</c> run in the process against the test databases: the command the host dispatches to, given a
/// password on standard input or in CRM_ADMIN_PASSWORD.
/// </summary>
internal sealed class AdminCreateCommandTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string Email = "root@crm.test";
    private const string Password = "violet tractor harbour";

    [Test]
    public async Task AdminCreate_WithThePasswordOnStandardInput_CreatesAnAdministratorWhoCanSignIn()
    {
        var (exitCode, output, error) = await Run(["--email", Email, "--name", "Grace Hopper"], input: Password + "\n");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain($"Created the administrator {Email} (Grace Hopper"));
        using var client = App.CreateClient();
        var me = await (await Session.SignIn(client, Email, Password)).ReadOk<MeDto>();
        Assert.Multiple(() =>
        {
            Assert.That(me.DisplayName, Is.EqualTo("Grace Hopper"));
            Assert.That(me.Roles, Is.EqualTo(new[] { "Administrator" }));
            Assert.That(me.Permissions, Does.Contain("admin.users"));
        });
        var again = await (await client.GetAsync("/api/v1/me")).ReadOk<MeDto>();
        Assert.That(again.Roles, Is.EqualTo(new[] { "Administrator" }));
    }

    [Test]
    public async Task AdminCreate_WithThePasswordInTheEnvironment_DoesNotReadTheInput()
    {
        var (exitCode, _, error) = await Run([$"--email={Email}"], input: "not read\n", passwordVariable: Password);

        Assert.That(exitCode, Is.Zero, error);
        using var client = App.CreateClient();
        var me = await (await Session.SignIn(client, Email, Password)).ReadOk<MeDto>();
        Assert.That(me.DisplayName, Is.EqualTo("Administrator"));
    }

    [Test]
    public async Task AdminCreate_WhenTheAdministratorsAreLockedOut_StillCreatesAnother()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var admin = (await users.FindByEmailAsync(CrmApp.Administrator.Email))!;
            await users.SetLockoutEndDateAsync(admin, DateTimeOffset.UtcNow.AddHours(1));
        }

        var (exitCode, _, error) = await Run(["--email", Email], input: Password + "\n");

        Assert.That(exitCode, Is.Zero, error);
        using var client = App.CreateClient();
        (await Session.SignIn(client, Email, Password)).EnsureSuccessStatusCode();
    }

    [TestCase("short", "at least 12 characters")]
    [TestCase("password password", "too easy to guess")]
    [TestCase("root root root root", "too easy to guess")]
    public async Task AdminCreate_WithAWeakPassword_IsRefusedWithTheReasonsAndCreatesNothing(string password, string reason)
    {
        var (exitCode, output, error) = await Run(["--email", Email], input: password + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("not created").And.Contain(reason));
            Assert.That(output, Does.Not.Contain("Created"));
        });
        Assert.That(await FindUser(Email), Is.Null);
    }

    [Test]
    public async Task AdminCreate_WithAnEmailAlreadyTaken_IsRefusedAndLeavesTheAccountAlone()
    {
        var (exitCode, _, error) = await Run(["--email", CrmApp.Administrator.Email, "--name", "Impostor"], input: Password + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain($"A user with the email {CrmApp.Administrator.Email} exists already"));
        });
        using var client = App.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        Assert.That((await FindUser(CrmApp.Administrator.Email))!.DisplayName, Is.EqualTo("Administrator"));
    }

    [TestCase(new string[0], "--email is required")]
    [TestCase(new[] { "--email" }, "--email needs a value")]
    [TestCase(new[] { "--email", Email, "--role", "Administrator" }, "Unexpected argument '--role'")]
    [TestCase(new[] { "--email", Email, "--email", "other@crm.test" }, "--email is given twice")]
    [TestCase(new[] { "--email", "not an address" }, "not a valid email address")]
    public async Task AdminCreate_WithBadArguments_PrintsTheProblemAndTheUsage(string[] args, string problem)
    {
        var (exitCode, _, error) = await Run(args, input: Password + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain(problem).And.Contain("usage: dotnet Crm.Host.dll admin create --email <address>"));
        });
        Assert.That(await FindUser(Email), Is.Null);
    }

    [Test]
    public async Task AdminCreate_WithNoPasswordAnywhere_IsRefused()
    {
        var (exitCode, _, error) = await Run(["--email", Email], input: string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("No password: set CRM_ADMIN_PASSWORD"));
        });
    }

    private async Task<(int ExitCode, string Output, string Error)> Run(string[] args, string input, string? passwordVariable = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IHostCommand>();
        if (!HostCommands.TryFind(commands, ["admin", "create", .. args], out var command, out var rest))
        {
            throw new AssertionException("The Identity module registers no `admin create` command.");
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new HostCommandContext(new StringReader(input), output, error)
        {
            Environment = name => name == "CRM_ADMIN_PASSWORD" ? passwordVariable : null,
        };
        var exitCode = await command.RunAsync(rest, scope.ServiceProvider, context, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<User?> FindUser(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
    }
}
