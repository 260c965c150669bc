using System.Globalization;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crm.IntegrationTests.Messaging;

/// <summary>
/// Two host processes on one database and one RabbitMQ broker: a visibility change made through one reaches the
/// other's cached directory through the event, well before the cache's one-minute expiry.
/// </summary>
internal sealed class DirectoryCacheFanOutTests
{
    private RabbitMqBroker _broker = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await RabbitMqBroker.StartAsync();

    [OneTimeTearDown]
    public async Task StopBroker() => await _broker.DisposeAsync();

    [Test]
    public async Task AVisibilityChangeMadeOnOneHost_AppliesOnTheOther()
    {
        await using var database = await TestDatabases.NewAppAsync(DatabaseProvider.Postgres);
        await using var first = OverRabbit(database);
        await using var second = OverRabbit(database);
        using var admin = first.CreateClient();
        (await Session.SignIn(admin, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).EnsureSuccessStatusCode();
        await Users.Create(first, "rep@crm.test", "SalesRep");
        using var rep = second.CreateClient();
        (await Session.SignIn(rep, "rep@crm.test", Users.Password)).EnsureSuccessStatusCode();
        Assert.That(await CountFor(rep), Is.EqualTo(1), "everyone sees everything until a rule says otherwise");

        (await admin.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).EnsureSuccessStatusCode();

        await Eventually.Get(() => CountFor(rep), count => count == 0, "the rule applied on the other host", timeoutSeconds: 20);
    }

    private WebApplicationFactory<Program> OverRabbit(CrmApp database) => database.WithWebHostBuilder(b =>
    {
        b.UseSetting("Messaging:Transport", "RabbitMq");
        b.UseSetting("Messaging:RabbitMq:Host", "127.0.0.1");
        b.UseSetting("Messaging:RabbitMq:Port", _broker.Port.ToString(CultureInfo.InvariantCulture));
    });

    private static async Task<int> CountFor(HttpClient client) =>
        (await client.GetFromJsonAsync<ContactCountDto>("/api/v1/contacts/count"))!.Count;
}
