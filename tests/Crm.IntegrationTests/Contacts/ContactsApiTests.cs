using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Contacts;

internal sealed class ContactsApiTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task CreateContact_WithValidDetails_IsReadableWithItsETag()
    {
        var created = await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact());
        var contact = await created.ReadOk<ContactDto>(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/contacts/{contact.Id}"));
            Assert.That(created.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(contact.Version, Is.EqualTo(1));
        });

        var read = await Client.GetAsync($"/api/v1/contacts/{contact.Id}");
        var readContact = await read.ReadOk<ContactDto>();
        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Serialize(readContact), Is.EqualTo(JsonSerializer.Serialize(contact)));
            Assert.That(readContact.Email, Is.EqualTo("ada@example.com"));
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
    }

    [Test]
    public async Task CreateContact_WithInvalidEmail_Is400NamingTheField()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new
        {
            lastName = "Lovelace",
            emails = new[] { new { address = "ada@example.com" }, new { address = "not-an-email" } },
        });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").GetProperty("emails[1].address")[0].GetString(), Does.Contain("not-an-email"));
    }

    [Test]
    public async Task CreateContact_WithoutAnyName_Is400WithFieldErrors()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", new { firstName = " ", lastName = "" });
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").GetProperty("lastName")[0].GetString(), Is.EqualTo("Give a first name or a last name."));
    }

    [Test]
    public async Task CreateContact_WithMalformedJson_Is400SayingWhere()
    {
        using var content = new StringContent("{\"firstName\": 12", System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/api/v1/contacts", content);
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("firstName"));
    }

    [Test]
    public async Task CreateContact_WithTooLongName_IsRefusedAndNothingStored()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact(firstName: new string('a', 101)));
        await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        var page = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.That(page!.Items, Is.Empty);
    }

    [Test]
    public async Task CreateContact_WithANulCharacter_Is400NotAServerError()
    {
        using var content = new StringContent("{\"firstName\": \"A\\u0000da\", \"lastName\": \"L\"}", System.Text.Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/api/v1/contacts", content);
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "request.malformed");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("NUL").And.Contain("firstName"));
    }

    [Test]
    public async Task GetContact_Unknown_Is404Problem()
    {
        var response = await Client.GetAsync($"/api/v1/contacts/{Guid.NewGuid()}");
        await response.AssertProblem(HttpStatusCode.NotFound, "contact.not_found");
    }

    [Test]
    public async Task UpdateContact_NeedsTheCurrentVersionInIfMatch()
    {
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{contact.Id}";
        var change = Api.NewContact(firstName: "Augusta Ada");

        var withoutIfMatch = await Client.PutAsJsonAsync(url, change);
        await withoutIfMatch.AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");

        var current = await Send(HttpMethod.Put, url, change, "\"1\"");
        var updated = await current.ReadOk<ContactDto>();
        Assert.Multiple(() =>
        {
            Assert.That(updated.FirstName, Is.EqualTo("Augusta Ada"));
            Assert.That(updated.Version, Is.EqualTo(2));
            Assert.That(current.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        });

        var stale = await Send(HttpMethod.Put, url, Api.NewContact(firstName: "Lost update"), "\"1\"");
        await stale.AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var stored = await Client.GetFromJsonAsync<ContactDto>(url);
        Assert.That(stored!.FirstName, Is.EqualTo("Augusta Ada"));
    }

    [Test]
    public async Task UpdateContact_WithIfMatchStar_AppliesToAnyVersion()
    {
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        var url = $"/api/v1/contacts/{contact.Id}";
        await (await Send(HttpMethod.Put, url, Api.NewContact(firstName: "One"), "*")).ReadOk<ContactDto>();
        var second = await (await Send(HttpMethod.Put, url, Api.NewContact(firstName: "Two"), "*")).ReadOk<ContactDto>();
        Assert.Multiple(() =>
        {
            Assert.That(second.FirstName, Is.EqualTo("Two"));
            Assert.That(second.Version, Is.EqualTo(3), "one version per saved change");
        });
    }

    [Test]
    public async Task UpdateContact_WithAWeakETag_Is412()
    {
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        var response = await Send(HttpMethod.Put, $"/api/v1/contacts/{contact.Id}", Api.NewContact(), "W/\"1\"");
        await response.AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
    }

    [Test]
    public async Task UpdateContact_WithUnreadableIfMatch_Is400()
    {
        var contact = await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact())).ReadOk<ContactDto>(HttpStatusCode.Created);
        var response = await Send(HttpMethod.Put, $"/api/v1/contacts/{contact.Id}", Api.NewContact(), "version-one");
        await response.AssertProblem(HttpStatusCode.BadRequest, "version.if_match_invalid");
    }

    [Test]
    public async Task ListContacts_PagesThroughEveryContactOnceInIdOrder()
    {
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await (await Client.PostAsJsonAsync("/api/v1/contacts", Api.NewContact(firstName: $"C{i}"))).ReadOk<ContactDto>(HttpStatusCode.Created)).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Client.GetFromJsonAsync<ContactPage>($"/api/v1/contacts?limit=2{(cursor is null ? string.Empty : "&cursor=" + cursor)}");
            Assert.That(page!.Items, Has.Count.LessThanOrEqualTo(2));
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EquivalentTo(created));
            Assert.That(seen, Is.Ordered);
            Assert.That(pages, Is.EqualTo(3));
        });
    }

    [TestCase("?limit=0", "paging.limit_invalid")]
    [TestCase("?cursor=not-a-cursor!", "paging.cursor_invalid")]
    [TestCase("?cursor=AAAA", "paging.cursor_invalid")]
    public async Task ListContacts_WithBadPaging_Is400(string query, string code)
    {
        var response = await Client.GetAsync("/api/v1/contacts" + query);
        await response.AssertProblem(HttpStatusCode.BadRequest, code);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }
}
