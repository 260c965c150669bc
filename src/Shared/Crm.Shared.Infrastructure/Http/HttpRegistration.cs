using System.Text.Json.Serialization;
using Crm.Shared.Infrastructure.Http.Idempotency;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Http;

public static class HttpRegistration
{
    public static IServiceCollection AddCrmHttp(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new NoNulCharactersConverter());
        });
        // Unreadable bodies and parameters throw, so the exception handler can say what is wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAuthentication();
        // Denied by default: an endpoint without its own rule needs a signed-in caller (see AnonymousEndpoints).
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o => o.HeaderName = AntiforgeryCookie.HeaderName);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => new ValueTask(ProblemResults.Write(
                context.HttpContext,
                new Error("rate_limited", "Too many requests: wait a minute and try again.", ErrorKind.Validation),
                statusCode: StatusCodes.Status429TooManyRequests));
        });
        return services;
    }

    /// <summary>Errors as problem details, also for bare status codes such as an unknown route. Goes first.</summary>
    public static WebApplication UseCrmProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// Routing, rate limits, who the caller is and what they may do, antiforgery for the session cookie, then idempotent
    /// POSTs (keyed by the caller). Static files go before this, so they are served before any endpoint.
    /// </summary>
    public static WebApplication UseCrmApi(this WebApplication app)
    {
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryValidationMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>
    /// A module's route group <c>/api/v1/{resource}</c> with its Swagger tag, and POSTs made idempotent by storing their
    /// answers in the module's context. Groups whose answers hold secrets (sign-in, tokens, MFA, invitations) pass
    /// <paramref name="storeAnswers"/> false: an answer kept for replay would keep the secret too.
    /// </summary>
    public static RouteGroupBuilder MapModuleGroup<TContext>(this IEndpointRouteBuilder endpoints, string resource, string tag, bool storeAnswers = true)
        where TContext : ModuleDbContext
    {
        var group = endpoints.MapGroup($"/api/v1/{resource}").WithTags(tag);
        return storeAnswers ? group.WithMetadata(new IdempotencyMetadata(typeof(TContext))) : group;
    }
}
