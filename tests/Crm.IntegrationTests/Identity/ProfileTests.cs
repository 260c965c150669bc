using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

internal sealed class ProfileTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private sealed record ProfileDto(string DisplayName, string Language, string TimeZone, int ProfileVersion);

    [Test]
    public async Task UpdateProfile_WithTheCurrentETag_ChangesLanguageAndTimeZone()
    {
        var read = await Client.GetAsync("/api/v1/me");
        var etag = read.Headers.ETag!.Tag;

        var updated = await Put(new { displayName = "Ada L.", language = "en", timeZone = "America/Montreal" }, etag);
        var profile = await updated.ReadOk<ProfileDto>();
        Assert.Multiple(() =>
        {
            Assert.That(profile, Is.EqualTo(new ProfileDto("Ada L.", "en", "America/Montreal", profile.ProfileVersion)));
            Assert.That(updated.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
        });

        var stale = await Put(new { displayName = "Lost", language = "fr", timeZone = "Europe/Paris" }, etag);
        await stale.AssertProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        Assert.That((await Client.GetFromJsonAsync<ProfileDto>("/api/v1/me"))!.DisplayName, Is.EqualTo("Ada L."));
    }

    [Test]
    public async Task UpdateProfile_WithAnUnknownTimeZoneOrLanguage_Is400()
    {
        var response = await Put(new { displayName = "X", language = "de", timeZone = "Europe/Atlantis" }, "*");
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest, "validation.failed");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "language", "timeZone" }));
    }

    [Test]
    public async Task UpdateProfile_WithoutIfMatch_Is428()
    {
        var response = await Client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "X", language = "fr", timeZone = "Europe/Paris" });
        await response.AssertProblem(HttpStatusCode.PreconditionRequired, "version.if_match_required");
    }

    private Task<HttpResponseMessage> Put(object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me/profile") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return Client.SendAsync(request);
    }
}
