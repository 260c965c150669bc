using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Persistence;

internal sealed class LongValueListTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task AQueryHoldingMoreValuesThanTheDatabaseTakesParameters_IsAnswered()
    {
        foreach (var name in new[] { "Lovelace", "Hopper" })
        {
            (await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Ada", lastName = name })).EnsureSuccessStatusCode();
        }

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var stored = await db.Contacts.Select(c => c.Id).ToListAsync();
        // SQLite takes at most 32,766 parameters in a statement: a search text held by 40,000 contacts gave as many ids.
        var ids = Enumerable.Range(0, 40_000).Select(_ => new ContactId(Guid.CreateVersion7())).Concat(stored).ToList();

        var found = await db.Contacts.Where(c => ids.Contains(c.Id)).CountAsync();

        Assert.That(found, Is.EqualTo(2));
    }
}
