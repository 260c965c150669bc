using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Http.Idempotency;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Persistence;

internal sealed class HousekeepingTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Purge_RemovesOnlyExpiredAnswersAndOldHandledMessages()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
            db.IdempotentRequests.Add(new IdempotentRequest { Key = "old", RequestHash = "h", StatusCode = 201, CreatedAtUtc = now.AddHours(-25) });
            db.IdempotentRequests.Add(new IdempotentRequest { Key = "fresh", RequestHash = "h", StatusCode = 201, CreatedAtUtc = now.AddHours(-1) });
            db.OutboxMessages.Add(new OutboxMessage { Id = Guid.CreateVersion7(), Type = "t", Payload = "{}", OccurredAtUtc = now.AddDays(-9), ProcessedAtUtc = now.AddDays(-8) });
            db.OutboxMessages.Add(new OutboxMessage { Id = Guid.CreateVersion7(), Type = "t", Payload = "{}", OccurredAtUtc = now.AddDays(-9) });
            db.OutboxMessages.Add(new OutboxMessage { Id = Guid.CreateVersion7(), Type = "t", Payload = "{}", OccurredAtUtc = now, ProcessedAtUtc = now });
            db.InboxMessages.Add(new InboxMessage { MessageId = Guid.CreateVersion7(), Consumer = "c", ProcessedAtUtc = now.AddDays(-8) });
            db.InboxMessages.Add(new InboxMessage { MessageId = Guid.CreateVersion7(), Consumer = "c", ProcessedAtUtc = now });
            await db.SaveChangesAsync();
        }

        var purged = await App.Services.GetRequiredService<ModuleHousekeeping<ContactsDbContext>>().PurgeAsync(CancellationToken.None);

        await using var check = App.Services.CreateAsyncScope();
        var after = check.ServiceProvider.GetRequiredService<ContactsDbContext>();
        Assert.Multiple(async () =>
        {
            Assert.That(purged, Is.EqualTo(3));
            Assert.That(await after.IdempotentRequests.Select(r => r.Key).ToListAsync(), Is.EqualTo(new[] { "fresh" }));
            Assert.That(await after.OutboxMessages.CountAsync(), Is.EqualTo(2), "an old row never published stays");
            Assert.That(await after.InboxMessages.CountAsync(), Is.EqualTo(1));
        });
    }
}
