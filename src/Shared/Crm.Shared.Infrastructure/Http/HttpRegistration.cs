using System.Text.Json.Serialization;
using Crm.Shared.Infrastructure.Http.Idempotency;
using Crm.Shared.Infrastructure.Persistence;
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
        return services;
    }

    /// <summary>Errors as problem details, also for bare status codes such as an unknown route. Goes first.</summary>
    public static WebApplication UseCrmProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Routing, then idempotent POSTs. Static files go before this, so they are served before any endpoint.</summary>
    public static WebApplication UseCrmApi(this WebApplication app)
    {
        app.UseRouting();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>A module's route group <c>/api/v1/{resource}</c>: its Swagger tag, and idempotent POSTs stored in its context.</summary>
    public static RouteGroupBuilder MapModuleGroup<TContext>(this IEndpointRouteBuilder endpoints, string resource, string tag)
        where TContext : ModuleDbContext =>
        endpoints.MapGroup($"/api/v1/{resource}")
            .WithTags(tag)
            .WithMetadata(new IdempotencyMetadata(typeof(TContext)));
}
