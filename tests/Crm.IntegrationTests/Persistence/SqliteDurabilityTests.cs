using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Persistence;

internal sealed class SqliteDurabilityTests
{
    [Test]
    public async Task SqliteConnections_UseWalWithFullSynchronousCommits()
    {
        var shared = await TestRun.SharedAppAsync(DatabaseProvider.Sqlite);
        await using var scope = shared.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            var journalMode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
            var synchronous = await db.Database.SqlQueryRaw<int>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync();
            Assert.Multiple(() =>
            {
                Assert.That(journalMode, Is.EqualTo("wal"));
                Assert.That(synchronous, Is.EqualTo(2), "2 is FULL");
            });
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Test]
    public async Task EachModule_HasItsOwnSqliteFile()
    {
        var shared = await TestRun.SharedAppAsync(DatabaseProvider.Sqlite);
        var files = Directory.GetFiles(shared.App.SqliteDirectory, "*.db").Select(Path.GetFileName);
        Assert.That(files, Is.EquivalentTo(new[] { "identity.db", "contacts.db", "sales.db", "reporting.db", "activities.db" }));
    }
}
