using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>
/// Every test class deriving from this runs once on PostgreSQL and once on SQLite, against the shared app of
/// that provider, with empty tables at the start of each test.
/// </summary>
[TestFixture(DatabaseProvider.Postgres)]
[TestFixture(DatabaseProvider.Sqlite)]
internal abstract class IntegrationTest(DatabaseProvider provider)
{
    private SharedApp? _shared;

    protected DatabaseProvider Provider { get; } = provider;

    protected CrmApp App => _shared?.App ?? throw new InvalidOperationException("The app starts in SetUp.");

    /// <summary>Signed in as the administrator, who holds every permission.</summary>
    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartWithEmptyDatabase()
    {
        _shared = await TestRun.SharedAppAsync(Provider);
        await _shared.ResetAsync();
        Client = await App.CreateAdministratorClientAsync();
    }

    /// <summary>Publishes every module's pending outbox rows now, as the relays would.</summary>
    protected async Task DrainOutboxesAsync()
    {
        foreach (var publisher in App.Services.GetServices<IOutboxPublisher>())
        {
            await publisher.PublishPendingAsync(CancellationToken.None);
        }
    }

    [TearDown]
    public void DisposeClient() => Client.Dispose();
}
