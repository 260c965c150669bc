using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts;

/// <summary>The whole contact record: several emails and phones, address, lifecycle stage, tags, and the events a change publishes.</summary>
internal sealed class ContactDetailsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly object Ada = new
    {
        firstName = "Ada",
        lastName = "Lovelace",
        jobTitle = "Analyst",
        emails = new object[]
        {
            new { address = "ada@example.com", label = "work" },
            new { address = "ada@home.example", label = "home", isPrimary = true },
        },
        phones = new object[] { new { number = "06 12 34 56 78", label = "mobile" }, new { number = "+32 2 555 12 12" } },
        address = new { street = "12 rue de la Paix", postalCode = "75002", city = "Paris", countryCode = "fr" },
        lifecycleStage = "MarketingQualified",
        source = "Salon VivaTech",
        tags = new[] { "VIP", " vip ", "early  adopter" },
    };

    [Test]
    public async Task CreateContact_WithEveryDetail_StoresThemCleanedAndReadsThemBack()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", Ada)).ReadOk<ContactDto>(HttpStatusCode.Created);
        var read = await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{created.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.Not.Null);
            Assert.That(read!.JobTitle, Is.EqualTo("Analyst"));
            Assert.That(read.Emails, Is.EqualTo(new[]
            {
                new EmailDto("ada@example.com", "work", false),
                new EmailDto("ada@home.example", "home", true),
            }));
            Assert.That(read.Phones.Select(p => (p.Number, p.International, p.Label, p.IsPrimary)), Is.EqualTo(new[]
            {
                ("+33612345678", "+33 6 12 34 56 78", (string?)"mobile", true),
                ("+3225551212", "+32 2 555 12 12", null, false),
            }));
            Assert.That(read.Address, Is.EqualTo(new AddressDto("12 rue de la Paix", "75002", "Paris", null, "FR")));
            Assert.That(read.LifecycleStage, Is.EqualTo("MarketingQualified"));
            Assert.That(read.Source, Is.EqualTo("Salon VivaTech"));
            Assert.That(read.Tags, Is.EqualTo(new[] { "VIP", "early adopter" }));
            Assert.That(read.Email, Is.EqualTo("ada@home.example"));
        });
    }

    [Test]
    public async Task CreateContact_WithoutStage_IsALead()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        Assert.That(created.LifecycleStage, Is.EqualTo("Lead"));
    }

    [TestCase("12", "phones[0].number")]
    [TestCase("not a phone", "phones[0].number")]
    public async Task CreateContact_WithAnUnreadablePhone_Is400OnThatPhone(string number, string field)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lovelace", phones = new[] { new { number } } });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").GetProperty(field)[0].GetString(), Does.Contain(number));
    }

    [TestCase("emails")]
    [TestCase("phones")]
    [TestCase("companies")]
    [TestCase("tags")]
    public async Task CreateContact_WithANullInAList_Is400OnThatRow(string list)
    {
        using var content = new StringContent($"{{\"lastName\":\"Lovelace\",\"{list}\":[null]}}", System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/api/v1/contacts", content);
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty($"{list}[0]", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task CreateContact_WithAnUnknownCountryOrStage_Is400OnThoseFields()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lovelace", address = new { countryCode = "XQ" } });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty("address.countryCode", out _), Is.True, problem.ToString());

        var badStage = await Client.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Lovelace", lifecycleStage = "Hot" });
        await badStage.AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
    }

    [Test]
    public async Task CreateContact_WithTheSamePhoneTwiceInOtherForms_Is400AndStoresNothing()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName = "Lovelace",
            phones = new[] { new { number = "06 12 34 56 78" }, new { number = "+33612345678" } },
        });
        await response.AssertProblem(HttpStatusCode.BadRequest, "contact.phone_repeated");
        Assert.That((await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts"))!.Items, Is.Empty);
    }

    [Test]
    public async Task UpdateContact_PublishesTheFieldsThatChanged_AndNothingWhenNothingDid()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", Ada)).ReadOk<ContactDto>(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{created.Id}";
        var changed = new
        {
            firstName = "Ada",
            lastName = "Lovelace",
            jobTitle = "Analyst",
            emails = created.Emails,
            phones = new[] { new { number = "+33 6 12 34 56 78", label = "mobile" } },
            address = created.Address,
            lifecycleStage = "Customer",
            source = "Salon VivaTech",
            tags = created.Tags,
        };

        var updated = await (await PutAsync(url, changed, "\"1\"")).ReadOk<ContactDto>();
        var unchanged = await (await PutAsync(url, changed, "\"2\"")).ReadOk<ContactDto>();

        var events = await OutboxEventsAsync<ContactUpdatedIntegrationEvent>();
        Assert.Multiple(() =>
        {
            Assert.That(updated.Phones.Select(p => p.Number), Is.EqualTo(new[] { "+33612345678" }));
            Assert.That(updated.Version, Is.EqualTo(2));
            Assert.That(unchanged.Version, Is.EqualTo(2), "saving the same details makes no new version");
            Assert.That(events.Select(e => (e.ContactId, string.Join(",", e.ChangedFields))), Is.EqualTo(new[] { (created.Id, "phones,lifecycleStage") }));
        });
    }

    [Test]
    public async Task DeleteContact_WithTheCurrentVersion_RemovesItAndPublishesTheDeletion()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", Ada)).ReadOk<ContactDto>(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{created.Id}";

        await (await SendAsync(HttpMethod.Delete, url, null, null)).AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
        await (await SendAsync(HttpMethod.Delete, url, null, "\"7\"")).AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        Assert.That((await SendAsync(HttpMethod.Delete, url, null, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await Client.GetAsync(url)).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        await (await SendAsync(HttpMethod.Delete, url, null, "*")).AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
        var deleted = await OutboxEventsAsync<ContactDeletedIntegrationEvent>();
        Assert.That(deleted.Select(e => e.ContactId), Is.EqualTo(new[] { created.Id }));
    }

    [Test]
    public async Task UpdateContact_ToAnotherOwner_PublishesTheHandOver()
    {
        var colleague = await Users.Create(App, "colleague@example.com", "SalesRep");
        var created = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);

        var body = new { firstName = "Ada", lastName = "Lovelace", emails = created.Emails, ownerId = colleague };
        var updated = await (await PutAsync($"/api/v1/contacts/{created.Id}", body, "\"1\"")).ReadOk<ContactDto>();

        var handOvers = await OutboxEventsAsync<ContactOwnerChangedIntegrationEvent>();
        Assert.Multiple(() =>
        {
            Assert.That(updated.OwnerId, Is.EqualTo(colleague));
            Assert.That(handOvers.Select(e => (e.ContactId, e.PreviousOwnerId, e.OwnerId)), Is.EqualTo(new[] { (created.Id, created.OwnerId, colleague) }));
        });
    }

    private Task<HttpResponseMessage> PutAsync(string url, object body, string ifMatch) => SendAsync(HttpMethod.Put, url, body, ifMatch);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    private async Task<List<T>> OutboxEventsAsync<T>()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(typeof(T).Name)).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<T>(p, JsonSerializerOptions.Web)!)];
    }
}
