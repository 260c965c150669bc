using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts.Lists;

/// <summary>
/// On PostgreSQL a list's total is exact up to 10,000 and the planner's estimate above: not counted at all when the
/// planner puts it far above, counted up to the limit when it is near.
/// </summary>
internal sealed class ListTotalTests
{
    private const int Copies = 60_000;

    private SharedApp _shared = null!;

    [SetUp]
    public async Task StartEmpty()
    {
        _shared = await TestRun.SharedAppAsync(DatabaseProvider.Postgres);
        await _shared.ResetAsync();
    }

    [Test]
    public async Task Total_IsExactUpTo10000_AndTheEstimateAbove()
    {
        using var client = await _shared.App.CreateAdministratorClientAsync();
        var customer = await (await client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Ada", lastName = "Lovelace", lifecycleStage = "Customer" })).ReadOk<ListedContact>(System.Net.HttpStatusCode.Created);
        await (await client.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Grace", lastName = "Hopper", lifecycleStage = "Lead" })).ReadOk<ListedContact>(System.Net.HttpStatusCode.Created);
        await CopyAsync(customer.Id, Copies);

        var all = await client.GetFromJsonAsync<ContactListDto>("/api/v1/contacts?limit=1");
        var leads = await client.GetFromJsonAsync<ContactListDto>("/api/v1/contacts?limit=1&filter=lifecycleStage:eq:lead");
        var named = await client.GetFromJsonAsync<ContactListDto>("/api/v1/contacts?limit=1&filter=lastName:eq:lovelace");
        Assert.Multiple(() =>
        {
            Assert.That(all!.TotalIsEstimate, Is.True);
            Assert.That(all.Total, Is.InRange(Copies * 0.8, Copies * 1.2), "the planner's estimate of the rows, near the truth");
            Assert.That((leads!.Total, leads.TotalIsEstimate), Is.EqualTo(((long?)1, false)));
            Assert.That(named!.TotalIsEstimate, Is.True, "a filter holding more than 10,000 is an estimate");
            Assert.That(named.Total, Is.GreaterThan(10_000));
        });
    }

    /// <summary>The contact copied <paramref name="count"/> times under new ids, then the table analysed.</summary>
    private async Task CopyAsync(Guid id, int count)
    {
        await using var scope = _shared.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO contacts.contacts
            SELECT (jsonb_populate_record(c, jsonb_build_object('id', gen_random_uuid()))).*
            FROM contacts.contacts c, generate_series(1, {count})
            WHERE c.id = {id}
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE contacts.contacts");
    }
}
