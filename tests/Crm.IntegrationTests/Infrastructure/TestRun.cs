using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

// In the root namespace: NUnit runs a set-up fixture around the fixtures of its own namespace and those below it only.
namespace Crm.IntegrationTests;

/// <summary>One shared app per provider for the whole run; the PostgreSQL cluster stops at the end.</summary>
[SetUpFixture]
internal sealed class TestRun
{
    private static readonly Dictionary<DatabaseProvider, Task<SharedApp>> Apps = [];

    public static Task<SharedApp> SharedAppAsync(DatabaseProvider provider)
    {
        lock (Apps)
        {
            if (!Apps.TryGetValue(provider, out var app))
            {
                app = SharedApp.StartAsync(provider);
                Apps[provider] = app;
            }

            return app;
        }
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        foreach (var app in Apps.Values)
        {
            await (await app).DisposeAsync();
        }

        await TestDatabases.DisposeAsync();
    }
}
