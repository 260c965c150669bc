using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Http;

internal sealed class HostEndpointsTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [Test]
    public async Task HealthReady_ReportsDatabasesMigrationsAndBus()
    {
        var response = await Client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var checks = body.GetProperty("checks");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty("migrations").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty("contacts-database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty("reporting-database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(checks.GetProperty("masstransit-bus").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task HealthLive_Is200()
    {
        var response = await Client.GetAsync("/health/live");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApiDocument_DescribesTheContactsEndpoints()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var paths = document.GetProperty("paths");
        Assert.Multiple(() =>
        {
            Assert.That(paths.TryGetProperty("/api/v1/contacts", out _), Is.True);
            Assert.That(paths.TryGetProperty("/api/v1/contacts/{id}", out _), Is.True);
            Assert.That(paths.TryGetProperty("/api/v1/reports/contacts-created", out _), Is.True);
        });
    }

    [Test]
    public async Task OpenApiDocument_NamesSchemasWithLettersAndDigitsOnly()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var names = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Has.All.Matches("^[A-Za-z0-9]+$"));
            Assert.That(names, Does.Contain("PageOfContactResponse").And.Contain("AcceptInvitationEndpointRequest"));
        });
    }

    [Test]
    public async Task StaticAsset_IsServedAsItself()
    {
        var response = await Client.GetAsync("/favicon.svg");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        });
    }

    [Test]
    public async Task UnknownApiPath_Is404ProblemNotTheWebApp()
    {
        var response = await Client.GetAsync("/api/v1/no-such-thing");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Root_ServesTheWebAppWithItsSecurityHeadersUncached()
    {
        var response = await Client.GetAsync("/");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
        });
    }

    [Test]
    public async Task IndexHtmlAskedByName_HasTheSameSecurityHeaders()
    {
        var response = await Client.GetAsync("/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        });
    }

    [Test]
    public async Task MissingAsset_Is404NotThePage()
    {
        var response = await Client.GetAsync("/assets/gone-after-an-upgrade.js");
        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task WebAppFiles_AreCompressedButApiAnswersAreNot()
    {
        using var asset = new HttpRequestMessage(HttpMethod.Get, "/assets/app-3f2a9c.js");
        asset.Headers.AcceptEncoding.ParseAdd("br");
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        api.Headers.AcceptEncoding.ParseAdd("br");
        var assetResponse = await Client.SendAsync(asset);
        var apiResponse = await Client.SendAsync(api);
        Assert.Multiple(() =>
        {
            Assert.That(assetResponse.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(apiResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(apiResponse.Content.Headers.ContentEncoding, Is.Empty);
        });
    }

    [Test]
    public async Task HashedAsset_IsSentPrecompressedWhenTheBuildWroteACompressedCopy()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app-3f2a9c.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await Client.SendAsync(request);
        await using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Multiple(async () =>
        {
            Assert.That(response.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(await reader.ReadToEndAsync(), Does.Contain("precompressed fixture"));
        });
    }

    [Test]
    public async Task HashedAsset_IsCachedForAYear()
    {
        var response = await Client.GetAsync("/assets/app-3f2a9c.js");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(365)));
            Assert.That(response.Headers.CacheControl?.Extensions.Select(e => e.Name), Does.Contain("immutable"));
        });
    }

    [Test]
    public async Task OpenApiDocument_IsTheOneTheWebAppClientIsGeneratedFrom()
    {
        var served = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "Web", "openapi.json")));
        Assert.That(
            JsonNode.DeepEquals(served, committed),
            Is.True,
            "src/Web/openapi.json is stale: run scripts/update-api-client.sh and commit the regenerated client.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Crm.sln above " + AppContext.BaseDirectory);
    }

    [Test]
    public async Task AnyOtherPath_ServesTheWebApp()
    {
        var response = await Client.GetAsync("/contacts/some-page");
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>Crm</title>"));
        });
    }
}
