using Crm.Modules.SalesPipeline.Features.GetForecast;
using Crm.Modules.SalesPipeline.Features.ListQuotas;
using Crm.Modules.SalesPipeline.Features.SetQuota;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SalesPipeline.Features.Forecast;

/// <summary>The forecast and the quotas it measures attainment against: their services and endpoints.</summary>
internal static class ForecastRegistration
{
    public static void AddForecast(this IServiceCollection services) => services.AddScoped<ForecastSums>();

    public static void MapForecast(IEndpointRouteBuilder endpoints)
    {
        var quotas = endpoints.MapModuleGroup<SalesDbContext>("quotas", "Quotas");
        ListQuotasEndpoint.Map(quotas);
        SetQuotaEndpoint.Map(quotas);
        GetForecastEndpoint.Map(endpoints.MapModuleGroup<SalesDbContext>("forecast", "Forecast"));
    }
}
