using Crm.Shared.Infrastructure.Commands;

namespace Crm.UnitTests.Commands;

internal sealed class HostCommandsTests
{
    private static readonly IHostCommand[] Commands = [new FakeCommand("admin create"), new FakeCommand("admin"), new FakeCommand("contacts import")];

    [TestCase("admin", "create", "--email", "a@b.c")]
    [TestCase("contacts")]
    public void Requested_WhenTheFirstArgumentIsABareWord_IsTrue(params string[] args) =>
        Assert.That(HostCommands.Requested(args), Is.True);

    [TestCase]
    [TestCase("--urls", "http://localhost:5000")]
    [TestCase("-e", "Development")]
    [TestCase("/Database:Provider", "Postgres")]
    [TestCase("Urls=http://localhost:5000")]
    [TestCase("")]
    public void Requested_WhenTheArgumentsAreConfiguration_IsFalse(params string[] args) =>
        Assert.That(HostCommands.Requested(args), Is.False);

    [Test]
    public void TryFind_WhenNamesShareAWord_PicksTheLongestAndReturnsTheRest()
    {
        var found = HostCommands.TryFind(Commands, ["admin", "create", "--email", "a@b.c"], out var command, out var rest);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(command!.Name, Is.EqualTo("admin create"));
            Assert.That(rest, Is.EqualTo(new[] { "--email", "a@b.c" }));
        });
    }

    [Test]
    public void TryFind_WhenOnlyAPrefixMatches_FindsTheShorterName()
    {
        HostCommands.TryFind(Commands, ["admin", "list"], out var command, out var rest);

        Assert.Multiple(() =>
        {
            Assert.That(command!.Name, Is.EqualTo("admin"));
            Assert.That(rest, Is.EqualTo(new[] { "list" }));
        });
    }

    [TestCase("contacts")]
    [TestCase("Admin", "create")]
    [TestCase("import", "contacts")]
    public void TryFind_WhenNoNameMatches_IsFalse(params string[] args) =>
        Assert.That(HostCommands.TryFind(Commands, args, out _, out _), Is.False);

    [Test]
    public void WriteUsage_ListsEveryCommandWithItsArguments()
    {
        using var writer = new StringWriter();
        HostCommands.WriteUsage(Commands, "crm", writer);

        Assert.That(writer.ToString(), Does.Contain("crm admin create <args>").And.Contain("crm contacts import <args>"));
    }

    [Test]
    public void ReadSecret_WhenTheInputIsNotATerminal_ReadsOneLineWithoutPrompt()
    {
        using var output = new StringWriter();
        var context = new HostCommandContext(new StringReader("first secret\nsecond\n"), output, TextWriter.Null);

        Assert.Multiple(() =>
        {
            Assert.That(context.ReadSecret("Password: "), Is.EqualTo("first secret"));
            Assert.That(context.ReadSecret("Password: "), Is.EqualTo("second"));
            Assert.That(context.ReadSecret("Password: "), Is.Null);
            Assert.That(output.ToString(), Is.Empty);
        });
    }

    private sealed class FakeCommand(string name) : IHostCommand
    {
        public string Name => name;

        public string Arguments => "<args>";

        public Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, HostCommandContext context, CancellationToken cancellationToken) =>
            Task.FromResult(0);
    }
}
