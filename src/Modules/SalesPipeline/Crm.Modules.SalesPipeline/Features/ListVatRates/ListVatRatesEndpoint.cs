using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.ListVatRates;

internal static class ListVatRatesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", (IOptions<SalesOptions> options) => TypedResults.Ok(options.Value.EffectiveVatRates))
            .WithName("ListVatRates")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The VAT rates (percent) products and quote lines may use: France's (20, 10, 5.5, 2.1, 0) unless Sales:VatRates sets others.");
}
