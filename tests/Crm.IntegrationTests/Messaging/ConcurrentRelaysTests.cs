using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Messaging;

/// <summary>Row claiming only matters where several processes share a database: PostgreSQL here (SQLite is single-process).</summary>
internal sealed class ConcurrentRelaysTests
{
    private const int Rows = 300;

    [Test]
    public async Task TwoRelaysOnOnePostgresDatabase_NeverPublishTheSameRowTwice()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Postgres, relayEnabled: false);
        app.CreateClient().Dispose();
        var rowIds = await WriteOutboxRows(app);

        var bus = app.Services.GetRequiredService<IBus>();
        var first = new RecordingPublishEndpoint(bus, delayPerMessage: TimeSpan.FromMilliseconds(1));
        var second = new RecordingPublishEndpoint(bus, delayPerMessage: TimeSpan.FromMilliseconds(1));
        var relays = new[] { first, second }
            .Select(endpoint => ActivatorUtilities.CreateInstance<OutboxPublisher<ContactsDbContext>>(app.Services, endpoint))
            .ToList();

        var published = await Task.WhenAll(relays.Select(r => Task.Run(() => r.PublishPendingAsync(CancellationToken.None))));

        var all = first.PublishedMessageIds.Concat(second.PublishedMessageIds).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all, Is.Unique, "no row published twice");
            Assert.That(all, Is.EquivalentTo(rowIds), "every row published");
            Assert.That(published.Sum(), Is.EqualTo(Rows));
            Assert.That(published, Has.All.GreaterThan(0), "both relays took part");
        });

        // The burst of events for one day is counted exactly: none lost to the consumers' races.
        using var client = await app.CreateAdministratorClientAsync();
        await Eventually.Get(() => Api.ContactsCreatedTotal(client), total => total == Rows, $"{Rows} contacts counted", timeoutSeconds: 60);
    }

    private static async Task<List<Guid>> WriteOutboxRows(CrmApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var ids = new List<Guid>();
        for (var i = 0; i < Rows; i++)
        {
            var message = new ContactCreatedIntegrationEvent(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7());
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = message.EventId,
                Type = MessageSerializer.TypeName(message.GetType()),
                Payload = MessageSerializer.Serialize(message),
                OccurredAtUtc = message.OccurredAtUtc,
            });
            ids.Add(message.EventId);
        }

        await db.SaveChangesAsync();
        Assert.That(await db.OutboxMessages.CountAsync(), Is.EqualTo(Rows));
        return ids;
    }
}
