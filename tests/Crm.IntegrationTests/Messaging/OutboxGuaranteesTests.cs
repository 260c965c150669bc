using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Reporting.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Messaging;

[TestFixture(DatabaseProvider.Postgres)]
[TestFixture(DatabaseProvider.Sqlite)]
internal sealed class OutboxGuaranteesTests(DatabaseProvider provider)
{
    [Test]
    public async Task OutboxRow_IsStoredOnlyWhenTheTransactionCommits()
    {
        await using var app = await TestDatabases.NewAppAsync(provider, relayEnabled: false);
        app.CreateClient().Dispose();

        await SaveContactInTransaction(app, commit: false);
        Assert.Multiple(async () =>
        {
            Assert.That(await Count(app, db => db.OutboxMessages), Is.Zero);
            Assert.That(await Count(app, db => db.Contacts), Is.Zero);
        });

        await SaveContactInTransaction(app, commit: true);
        Assert.Multiple(async () =>
        {
            Assert.That(await Count(app, db => db.OutboxMessages), Is.EqualTo(1));
            Assert.That(await Count(app, db => db.Contacts), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RelayDyingAfterPublishing_CausesADuplicateThatTheInboxSkips()
    {
        await using var app = await TestDatabases.NewAppAsync(provider, relayEnabled: false);
        using var client = await app.CreateAdministratorClientAsync();
        var bus = app.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedCounter<ContactCreatedIntegrationEvent>();
        using var observer = new DisposableHandle(bus.ConnectConsumeObserver(consumed));
        (await client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).EnsureSuccessStatusCode();

        var dying = new RecordingPublishEndpoint(bus, crashAfterPublish: true);
        var dyingRelay = ActivatorUtilities.CreateInstance<OutboxPublisher<ContactsDbContext>>(app.Services, dying);
        Assert.ThrowsAsync<InvalidOperationException>(() => dyingRelay.PublishPendingAsync(CancellationToken.None), "the relay dies after publishing");
        Assert.That(await Count(app, db => db.OutboxMessages.Where(m => m.ProcessedAtUtc == null && m.Attempts == 0)), Is.EqualTo(1), "the row is still due, and a lost publish is no attempt against it");

        var healthy = new RecordingPublishEndpoint(bus);
        var relay = ActivatorUtilities.CreateInstance<OutboxPublisher<ContactsDbContext>>(app.Services, healthy);
        Assert.That(await relay.PublishPendingAsync(CancellationToken.None), Is.EqualTo(1));

        Assert.That(healthy.PublishedMessageIds.Single(), Is.EqualTo(dying.PublishedMessageIds.Single()), "the same message went out twice");
        // Two consumers take the event (Reporting's daily count, the Contacts timeline): two deliveries, four consumptions.
        await Eventually.Get(() => Task.FromResult(consumed.Count), c => c == 4, "both deliveries consumed by both consumers");
        Assert.Multiple(async () =>
        {
            Assert.That(await Api.ContactsCreatedTotal(client), Is.EqualTo(1));
            Assert.That(await CountReporting(app, db => db.InboxMessages), Is.EqualTo(1));
            Assert.That(await relay.PublishPendingAsync(CancellationToken.None), Is.Zero, "the row is now marked sent");
        });
    }

    [Test]
    public async Task EventsWrittenBeforeARestart_AreDeliveredAfterIt()
    {
        var before = await TestDatabases.NewAppAsync(provider, relayEnabled: false);
        using (var client = await before.CreateAdministratorClientAsync())
        {
            for (var i = 0; i < 3; i++)
            {
                (await client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact(firstName: $"R{i}"))).EnsureSuccessStatusCode();
            }

            Assert.That(await Api.ContactsCreatedTotal(client), Is.Zero, "nothing is published while the relay is off");
        }

        await before.DisposeAsync();

        await using var after = before.Restart(relayEnabled: true);
        using var afterClient = await after.CreateAdministratorClientAsync();
        await Eventually.Get(() => Api.ContactsCreatedTotal(afterClient), total => total == 3, "the three events delivered after the restart");
        Assert.That(await Count(after, db => db.OutboxMessages.Where(m => m.ProcessedAtUtc == null)), Is.Zero);
    }

    private static async Task SaveContactInTransaction(CrmApp app, bool commit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Contacts.Add(Contact.Create(ContactDetails.Create("Grace", "Hopper", null, [], [], [], PostalAddress.None, LifecycleStage.Lead, null, []).Value, Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        Assert.That(await db.OutboxMessages.CountAsync(), Is.EqualTo(1), "the outbox row is written in the same transaction");
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    private static async Task<int> Count<T>(CrmApp app, Func<ContactsDbContext, IQueryable<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContactsDbContext>()).CountAsync();
    }

    private static async Task<int> CountReporting<T>(CrmApp app, Func<ReportingDbContext, IQueryable<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>()).CountAsync();
    }

    private sealed class DisposableHandle(ConnectHandle handle) : IDisposable
    {
        public void Dispose() => handle.Disconnect();
    }
}
