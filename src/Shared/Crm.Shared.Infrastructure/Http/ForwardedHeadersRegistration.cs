using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>
/// Behind a reverse proxy, the caller's address (for rate limits and the sign-in audit) and scheme come from
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, believed only from the proxies named in
/// <c>Http:TrustedProxies</c> (addresses or networks such as <c>10.0.0.0/8</c>) and from loopback.
/// </summary>
public static class ForwardedHeadersRegistration
{
    public const string TrustedProxiesSetting = "Http:TrustedProxies";

    public static IServiceCollection AddCrmForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection(TrustedProxiesSetting).Get<string[]>() ?? [];
        var invalid = trusted.Where(t => !System.Net.IPNetwork.TryParse(t, out _) && !IPAddress.TryParse(t, out _)).ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException($"{TrustedProxiesSetting} holds what is neither an IP address nor a network: {string.Join(", ", invalid)}.");
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in trusted)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
            }
        });
        return services;
    }

    /// <summary>Goes first, so every later step sees the caller, not the proxy.</summary>
    public static WebApplication UseCrmForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
