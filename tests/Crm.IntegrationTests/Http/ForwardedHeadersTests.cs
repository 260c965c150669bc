using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Http;

/// <summary>Behind a reverse proxy: the forwarded client address is believed from a trusted proxy only.</summary>
internal sealed class ForwardedHeadersTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string TrustedProxy = "10.1.2.3";
    private const string Stranger = "10.9.9.9";
    private const string Client203 = "203.0.113.7";

    [Test]
    public async Task TheSignInAudit_RecordsTheForwardedAddress_OnlyWhenATrustedProxyForwardsIt()
    {
        await using var behindProxy = App.WithWebHostBuilder(b => b
            .UseSetting("Http:TrustedProxies:0", TrustedProxy)
            .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ConnectionFromTestHeader())));

        await SignInThrough(behindProxy, "via.proxy@crm.test", TrustedProxy);
        await SignInThrough(behindProxy, "direct@crm.test", Stranger);

        using var auditor = behindProxy.CreateClient();
        (await Session.SignIn(auditor, CrmApp.Administrator.Email, CrmApp.Administrator.Password)).EnsureSuccessStatusCode();
        var attempts = (await auditor.GetFromJsonAsync<AttemptPage>("/api/v1/auth/sign-in-attempts"))!.Items;
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Single(a => a.Email == "via.proxy@crm.test").IpAddress, Is.EqualTo(Client203));
            Assert.That(attempts.Single(a => a.Email == "direct@crm.test").IpAddress, Is.EqualTo(Stranger), "a forged header from a stranger is ignored");
        });
    }

    private static async Task SignInThrough(WebApplicationFactory<Program> app, string email, string connectingAddress)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-in") { Content = JsonContent.Create(new { email, password = "whatever it is, it is wrong" }) };
        request.Headers.Add(ConnectionFromTestHeader.Header, connectingAddress);
        request.Headers.Add("X-Forwarded-For", Client203);
        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    /// <summary>The test server has no socket: the connecting address comes from a test header, before anything else runs.</summary>
    private sealed class ConnectionFromTestHeader : IStartupFilter
    {
        public const string Header = "X-Test-Connecting-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}
