using Crm.Shared.Infrastructure.Persistence;
using Npgsql;

namespace Crm.UnitTests.Persistence;

internal sealed class PreparedStatementsTests
{
    [Test]
    public void ConnectionString_WithoutAutoPrepare_PreparesStatementsUsedTwice()
    {
        var builder = new NpgsqlConnectionStringBuilder(ModuleDbContextOptions.WithPreparedStatements("Host=db;Database=crm;Username=crm"));

        Assert.That((builder.MaxAutoPrepare, builder.AutoPrepareMinUsages, builder.Host, builder.Database), Is.EqualTo((64, 2, "db", "crm")));
    }

    [TestCase("Host=db;Max Auto Prepare=0")]
    [TestCase("Host=db;MaxAutoPrepare=0")]
    [TestCase("Host=db;max auto prepare=0")]
    public void ConnectionString_SayingAutoPrepare_IsKept(string given)
    {
        var builder = new NpgsqlConnectionStringBuilder(ModuleDbContextOptions.WithPreparedStatements(given));

        Assert.That(builder.MaxAutoPrepare, Is.Zero);
    }
}
