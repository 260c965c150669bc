using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Http;

internal sealed class IdempotencyTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task Post_WithTheSameKeyTwice_CreatesOnceAndReplaysTheFirstAnswer()
    {
        var first = await Post(Api.NewContact(), "key-1");
        var second = await Post(Api.NewContact(), "key-1");

        var firstContact = await first.ReadOk<ContactDto>(HttpStatusCode.Created);
        var secondContact = await second.ReadOk<ContactDto>(HttpStatusCode.Created);
        var page = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Serialize(secondContact), Is.EqualTo(JsonSerializer.Serialize(firstContact)));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
            Assert.That(page!.Items, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Post_WithDifferentKeys_CreatesTwice()
    {
        await Post(Api.NewContact(), "key-a");
        await Post(Api.NewContact(), "key-b");
        var page = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.That(page!.Items, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Post_ReusingAKeyWithAnotherBody_Is422AndCreatesNothingMore()
    {
        await Post(Api.NewContact(), "key-2");
        var reused = await Post(Api.NewContact(firstName: "Someone else"), "key-2");
        await reused.AssertProblem(HttpStatusCode.UnprocessableEntity, "idempotency_key.reused");
        var page = await Client.GetFromJsonAsync<ContactPage>("/api/v1/contacts");
        Assert.That(page!.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_WithAnInvalidAnswer_ReplaysTheSameProblem()
    {
        var twoPrimaries = new { firstName = "Ada", emails = new[] { new { address = "a@example.com", isPrimary = true }, new { address = "b@example.com", isPrimary = true } } };
        var first = await Post(twoPrimaries, "key-3");
        var second = await Post(twoPrimaries, "key-3");
        await first.AssertProblem(HttpStatusCode.BadRequest, "contact.several_primary_emails");
        await second.AssertProblem(HttpStatusCode.BadRequest, "contact.several_primary_emails");
    }

    [Test]
    public async Task Post_RefusedByValidation_ReplaysTheSameFieldErrors()
    {
        var blank = new { firstName = "", lastName = "" };
        var first = await Post(blank, "key-4");
        var second = await Post(blank, "key-4");
        await first.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        await second.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
    }

    private Task<HttpResponseMessage> Post(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Client.SendAsync(request);
    }
}
