using System.Net;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Identity;

internal sealed class SignInRateLimitTests
{
    [Test]
    public async Task SignIn_BeyondTheLimitPerAddress_Is429()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Sqlite);
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Identity:SignInAttemptsPerMinutePerAddress", "3"));
        using var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await Session.SignIn(client, "someone@crm.test", "some password")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var refused = await Session.SignIn(client, CrmApp.Administrator.Email, CrmApp.Administrator.Password);
        await refused.AssertProblem(HttpStatusCode.TooManyRequests, "rate_limited");
    }
}
