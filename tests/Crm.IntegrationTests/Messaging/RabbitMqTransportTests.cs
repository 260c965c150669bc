using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Messaging;

/// <summary>With Messaging:Transport=RabbitMq the same events travel through a real broker.</summary>
internal sealed class RabbitMqTransportTests
{
    private RabbitMqBroker _broker = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => _broker = await RabbitMqBroker.StartAsync();

    [OneTimeTearDown]
    public async Task StopBroker() => await _broker.DisposeAsync();

    [Test]
    public async Task CreatedContact_IsCountedThroughRabbitMq()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Postgres);
        await using var overRabbit = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Messaging:Transport", "RabbitMq");
            b.UseSetting("Messaging:RabbitMq:Host", "127.0.0.1");
            b.UseSetting("Messaging:RabbitMq:Port", _broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        using var client = overRabbit.CreateClient();
        (await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();

        var ready = await client.GetStringAsync("/health/ready");
        (await client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).EnsureSuccessStatusCode();

        Assert.Multiple(() =>
        {
            Assert.That(overRabbit.Services.GetRequiredService<IBus>().Address.Scheme, Is.EqualTo("rabbitmq"));
            Assert.That(ready, Does.Contain("\"masstransit-bus\":{\"status\":\"Healthy\""));
        });
        await Eventually.Get(() => Api.ContactsCreatedTotal(client), total => total == 1, "the event delivered through RabbitMQ", timeoutSeconds: 30);
    }
}
